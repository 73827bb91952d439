import { internalModel } from './internal-model';
/** A map's earlier state, kept whenever its GeoJSON or as-of date changes. Only ever inserted. */
export default internalModel(
  'conflict_explainer_map_versions',
  { singularName: 'map-version', pluralName: 'map-versions', displayName: 'Map version' },
  {
    mapDocumentId: { type: 'string', required: true },
    asOf: { type: 'date', required: true },
    sourceLine: { type: 'string' },
    geojson: { type: 'json', required: true },
    replacedAt: { type: 'datetime', required: true },
    replacedBy: { type: 'string' },
  }
);
