import { internalModel } from './internal-model';
/**
 * One alert-worthy event (a claim passed its due time, a delivery went dead), recorded once under
 * its key before any alert is sent: the unique key (ce_alert_events_key_uq) is what makes "one
 * alert per event" hold across restarts and instances. The alert itself is an outbox delivery.
 */
export default internalModel(
  'conflict_explainer_alert_events',
  { singularName: 'alert-event', pluralName: 'alert-events', displayName: 'Alert event' },
  {
    // e.g. claim-due:<documentId>:<last verified>, delivery-dead:<id>:<retry window start>
    eventKey: { type: 'string', required: true, maxLength: 255 },
    kind: { type: 'enumeration', enum: ['claim-due', 'delivery-dead', 'test'], required: true },
    occurredAt: { type: 'datetime', required: true },
    // The alert's body (shared/contracts/alerts.ts) without its delivery id, as recorded.
    payload: { type: 'json', required: true },
  }
);
