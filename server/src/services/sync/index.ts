import type { Core } from '@strapi/strapi';
import { createDeliveries } from './deliveries';
import { createLifecycle } from './lifecycle';
import { createOutbox } from './outbox';
import { createPayloads, type Published } from './payload';
import { createReconciler } from './reconcile';
import { streamEntry, type StreamRemoval, type StreamRevision } from './streams';
import { createTargets } from './targets';
import { createWorker } from './worker';

export { backoffMs } from './schedule';
export type { StreamRemoval, StreamRevision } from './streams';

/** The outbox orders deliveries per target, explainer and edition (locale); alerts are one stream of their own. */
export const ALERT_STREAM = '~alerts';

/**
 * Sync to sites: targets (targets.ts), the outbox table (outbox.ts), the worker that signs and sends
 * (worker.ts, bodies in payload.ts), the admin's delivery views (deliveries.ts), removals and
 * republishes (lifecycle.ts) and reconciliation (reconcile.ts), behind one service. Every edition is a
 * stream of its own (streams.ts).
 */
const createSyncService = ({ strapi }: { strapi: Core.Strapi }) => {
  const targets = createTargets({ strapi });
  const payloads = createPayloads({ strapi });
  const kick = () => worker.kick();
  const outbox = createOutbox({ strapi, kick });
  const worker = createWorker({ strapi, targets, payloads, outbox });

  const service = {
    owner: worker.owner,
    kick: worker.kick,
    start: worker.start,
    stop: worker.stop,
    ...targets,
    ...createDeliveries({ strapi, kick }),

    /** Outbox: an edition's new revision for every enabled target, inside the publish transaction. */
    async enqueue(revision: StreamRevision, published?: Published) {
      await outbox.add({ kind: 'revision', ...streamEntry(revision) }, undefined, () => published && payloads.rememberPublished(revision.id, published));
    },

    /** An edition's latest revision again, as "replace what you hold" (a republish after an unpublish, reconciliation). */
    async enqueueReset(revision: StreamRevision, targetIds?: number[]) {
      return outbox.add({ kind: 'reset', ...streamEntry(revision) }, targetIds);
    },

    /** An editors' alert (its body is the alert event's) to the alert target, in the caller's transaction. */
    async enqueueAlert(alertEventId: number, targetId: number) {
      // One stream for all alerts: they go out in order, and a dead one is probed like a site's.
      return outbox.add({ kind: 'alert', explainerDocumentId: ALERT_STREAM, slug: 'alert', revisionNumber: 0, alertEventId }, [targetId]);
    },

    /** One edition left the site (unpublished or deleted), in order with that edition's revisions. */
    async enqueueRemoval(removal: StreamRemoval, targetIds?: number[]) {
      const { reason, ...rest } = removal;
      return outbox.add({ kind: 'removal', ...rest, removalReason: reason }, targetIds);
    },
  };
  return { ...service, ...createLifecycle({ strapi, sync: service }), ...createReconciler({ strapi, targets, outbox, sync: service }) };
};

export type SyncService = ReturnType<typeof createSyncService>;
export default createSyncService;
