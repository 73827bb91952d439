import type { Core } from '@strapi/strapi';
import type { ExplainerSnapshot } from '../../../../shared/contracts/snapshot';
import { SYNC_EVENT_TYPE, SYNC_REMOVAL_TYPE, type SyncPayload, type SyncRemovalPayload } from '../../../../shared/contracts/sync';
import { PLUGIN_ID, UID } from '../../constants';

type Row = Record<string, any>;
export type Published = { snapshotJson: string; publishedAt: string };

/**
 * The signed bodies. A revision carries its hash and the previous revision's (the chain a site checks);
 * the snapshot is spliced in as stored (no parse and re-stringify).
 */
export const createPayloads = ({ strapi }: { strapi: Core.Strapi }) => {
  /**
   * Snapshots this process just committed, as the JSON text it stored: the worker woken by that
   * commit sends them without reading the snapshot back. Bounded; anything else (a retry after a
   * while, another instance's revision, a restart) is read from the revision row.
   */
  const justPublished = new Map<number, Published>();
  const JUST_PUBLISHED_LIMIT = 16;

  const rememberPublished = (revisionId: number, published: Published) => {
    justPublished.set(revisionId, published);
    for (const oldest of justPublished.keys()) {
      if (justPublished.size <= JUST_PUBLISHED_LIMIT) break;
      justPublished.delete(oldest);
    }
  };

  /** The revision's own, immutable URL in its edition: "latest" could already be a newer revision. */
  const snapshotUrl = (slug: string, number: number, locale: string | null) => {
    const base = ((strapi.config.get('server.url') as string) || '').replace(/\/$/, '');
    const prefix = (strapi.config.get('api.rest.prefix') as string) ?? '/api';
    return `${base}${prefix}/${PLUGIN_ID}/explainers/${slug}/revisions/${number}${locale ? `?locale=${encodeURIComponent(locale)}` : ''}`;
  };

  const revisionBody = async (delivery: Row, withSnapshot: boolean, reset: boolean) => {
    const fresh = justPublished.get(delivery.revision_id);
    const fields = ['explainerDocumentId', 'locale', 'number', 'contentHash', 'revisionPublishedAt'];
    const revision = await strapi.db.query(UID.REVISION).findOne({
      select: withSnapshot && !fresh ? [...fields, 'snapshot'] : fields,
      where: { id: delivery.revision_id },
    });
    if (!revision) throw new Error(`revision ${delivery.revision_id} no longer exists`);
    const previous =
      revision.number > 1
        ? await strapi.db.query(UID.REVISION).findOne({
            select: ['contentHash'],
            where: { explainerDocumentId: revision.explainerDocumentId, locale: revision.locale ?? null, number: revision.number - 1 },
          })
        : null;
    const stored = revision.snapshot as ExplainerSnapshot | string | undefined;
    const snapshotJson = fresh?.snapshotJson ?? (stored ? (typeof stored === 'string' ? stored : JSON.stringify(stored)) : '');
    const payload: Omit<SyncPayload, 'snapshot'> = {
      type: SYNC_EVENT_TYPE,
      deliveryId: delivery.webhook_id,
      explainer: { documentId: delivery.explainer_document_id, slug: delivery.slug, ...(revision.locale ? { locale: revision.locale } : {}) },
      revision: revision.number,
      hash: revision.contentHash,
      previousHash: previous?.contentHash ?? null,
      reset,
      publishedAt: fresh?.publishedAt ?? new Date(revision.revisionPublishedAt).toISOString(),
      snapshotUrl: snapshotUrl(delivery.slug, revision.number, revision.locale ?? null),
    };
    const head = JSON.stringify(payload);
    return withSnapshot && snapshotJson ? `${head.slice(0, -1)},"snapshot":${snapshotJson}}` : head;
  };

  /**
   * The target has had nothing of this edition yet, or last heard it was removed: the revision goes
   * as a reset, since the site cannot hold the previous one (saves a refused round trip).
   */
  const startsFresh = async (delivery: Row) => {
    const earlier = await strapi.db
      .connection(strapi.db.metadata.get(UID.SYNC_DELIVERY).tableName)
      .select('kind')
      .where({ target_id: delivery.target_id, explainer_document_id: delivery.explainer_document_id, locale: delivery.locale ?? null })
      .andWhere('id', '<', delivery.id)
      .orderBy('id', 'desc')
      .first();
    return !earlier || earlier.kind === 'removal';
  };

  return {
    rememberPublished,

    /** The body for one delivery; `reset` re-sends a revision as "replace what you hold". */
    async bodyFor(delivery: Row, payloadMode: 'snapshot' | 'event', reset = false): Promise<string> {
      if (delivery.kind === 'alert') {
        // The alert as recorded with its event; the delivery id is the webhook-id, stable across retries.
        const event = await strapi.db.query(UID.ALERT_EVENT).findOne({ select: ['payload'], where: { id: delivery.alert_event_id } });
        if (!event) throw new Error(`alert event ${delivery.alert_event_id} no longer exists`);
        const recorded = typeof event.payload === 'string' ? JSON.parse(event.payload) : event.payload;
        return JSON.stringify({ ...recorded, deliveryId: delivery.webhook_id });
      }
      if (delivery.kind === 'removal') {
        const removal: SyncRemovalPayload = {
          type: SYNC_REMOVAL_TYPE,
          deliveryId: delivery.webhook_id,
          explainer: { documentId: delivery.explainer_document_id, slug: delivery.slug, ...(delivery.locale ? { locale: delivery.locale } : {}) },
          reason: delivery.removal_reason ?? 'unpublished',
        };
        return JSON.stringify(removal);
      }
      return revisionBody(delivery, payloadMode === 'snapshot', reset || delivery.kind === 'reset' || (await startsFresh(delivery)));
    },
  };
};

export type Payloads = ReturnType<typeof createPayloads>;
