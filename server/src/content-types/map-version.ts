/** A map's earlier state, kept whenever its GeoJSON or as-of date changes. Only ever inserted. */
export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'conflict_explainer_map_versions',
    info: { singularName: 'map-version', pluralName: 'map-versions', displayName: 'Map version' },
    options: { draftAndPublish: false },
    pluginOptions: { 'content-manager': { visible: false }, 'content-type-builder': { visible: false } },
    attributes: {
      mapDocumentId: { type: 'string', required: true },
      asOf: { type: 'date', required: true },
      sourceLine: { type: 'string' },
      geojson: { type: 'json', required: true },
      replacedAt: { type: 'datetime', required: true },
      replacedBy: { type: 'string' },
    },
  },
};
