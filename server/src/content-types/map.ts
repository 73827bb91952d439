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
    pluginOptions: {
      'content-manager': { visible: true },
      'content-type-builder': { visible: false },
    },
    attributes: {
      title: { type: 'string', required: true, maxLength: 300 },
      caption: { type: 'text', maxLength: 1000 },
      sourceLine: { type: 'string', required: true, maxLength: 300 },
      asOf: { type: 'date', required: true },
      geojson: { type: 'customField', customField: 'plugin::conflict-explainer.geojson', required: true },
      textDescription: { type: 'text', required: true, maxLength: 5000 },
      // [west, south, east, north] in WGS84 degrees; derived from the features when empty.
      frame: { type: 'json' },
      internalNote: { type: 'text', maxLength: 5000, private: true },
    },
  },
};
