import { CLAIM_STATUSES } from '../constants';
import { internalModel } from './internal-model';

/** Append-only status history of a claim; never updated or deleted by the plugin. */
export default internalModel(
  'conflict_explainer_claim_status_events',
  { singularName: 'claim-status-event', pluralName: 'claim-status-events', displayName: 'Claim status event' },
  {
    claimDocumentId: { type: 'string', required: true },
    fromStatus: { type: 'enumeration', enum: [...CLAIM_STATUSES] },
    toStatus: { type: 'enumeration', enum: [...CLAIM_STATUSES], required: true },
    reason: { type: 'text', required: true, maxLength: 2000 },
    changedById: { type: 'integer' },
    changedByName: { type: 'string' },
    changedAt: { type: 'datetime', required: true },
  }
);
