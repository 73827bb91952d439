import { internalModel } from './internal-model';
/** One revision to one target: the outbox row, written in the publish's transaction. */
export default internalModel(
  'conflict_explainer_sync_deliveries',
  { singularName: 'sync-delivery', pluralName: 'sync-deliveries', displayName: 'Sync delivery' },
  {
    targetId: { type: 'integer', required: true },
    // What the site is told: a revision (hash-chained), the same as a reset (replace what you hold), or a
    // removal; or an editors' alert to the alert target (its body is the alert event's).
    kind: { type: 'enumeration', enum: ['revision', 'reset', 'removal', 'alert'], default: 'revision', required: true },
    alertEventId: { type: 'integer' },
    // Null only for a removal of a page the CMS never published (found by reconciliation).
    revisionId: { type: 'integer' },
    removalReason: { type: 'string' },
    explainerDocumentId: { type: 'string', required: true },
    // The edition: each (explainer, locale) is its own ordered, hash-chained stream. Null for alerts.
    locale: { type: 'string' },
    slug: { type: 'string', required: true },
    revisionNumber: { type: 'integer', required: true },
    // Stable across retries, so the site can drop duplicates (Standard Webhooks `webhook-id`).
    webhookId: { type: 'string', required: true },
    state: { type: 'enumeration', enum: ['pending', 'delivering', 'delivered', 'dead'], default: 'pending', required: true },
    attempts: { type: 'integer', default: 0, required: true },
    nextAttemptAt: { type: 'datetime', required: true },
    // Start of the current retry window (enqueue, "Retry now" or a wake): dead once retryForMs has passed.
    retrySince: { type: 'datetime' },
    leaseUntil: { type: 'datetime' },
    leaseOwner: { type: 'string' },
    lastStatus: { type: 'integer' },
    lastError: { type: 'text' },
    deliveredAt: { type: 'datetime' },
    attemptLog: { type: 'json' },
  }
);
