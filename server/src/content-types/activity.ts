import { internalModel } from './internal-model';
/** The editorial audit log: restores, no-op publishes and other actions worth a record. */
export default internalModel(
  'conflict_explainer_activities',
  { singularName: 'activity', pluralName: 'activities', displayName: 'Activity' },
  {
    action: { type: 'string', required: true },
    explainerDocumentId: { type: 'string' },
    // The edition acted on (a restore is per edition).
    locale: { type: 'string' },
    revisionNumber: { type: 'integer' },
    actorId: { type: 'integer' },
    actorName: { type: 'string' },
    detail: { type: 'json' },
    at: { type: 'datetime', required: true },
  }
);
