import { EDITIONED_TYPE } from './editioned';

export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'conflict_explainer_maps',
    info: {
      singularName: 'map',
      pluralName: 'maps',
      displayName: 'Explainer map',
      description: 'A situation map: typed GeoJSON features with a source line and an as-of date.',
    },
    options: { draftAndPublish: false },
    pluginOptions: EDITIONED_TYPE,
    attributes: {
      title: { type: 'string', required: true, maxLength: 300, pluginOptions: { i18n: { localized: true } } },
      caption: { type: 'text', maxLength: 1000, pluginOptions: { i18n: { localized: true } } },
      sourceLine: { type: 'string', required: true, maxLength: 300, pluginOptions: { i18n: { localized: true } } },
      asOf: { type: 'date', required: true, pluginOptions: { i18n: { localized: false } } },
      // Shared: feature names per edition follow OpenStreetMap (`name`, `name:uk`, `name:ru`) in properties.
      geojson: { type: 'customField', customField: 'plugin::conflict-explainer.geojson', required: true, pluginOptions: { i18n: { localized: false } } },
      textDescription: { type: 'text', required: true, maxLength: 5000, pluginOptions: { i18n: { localized: true } } },
      // [west, south, east, north] in WGS84 degrees; derived from the features when empty.
      frame: { type: 'json', pluginOptions: { i18n: { localized: false } } },
      internalNote: { type: 'text', maxLength: 5000, private: true, pluginOptions: { i18n: { localized: false } } },
    },
  },
};
