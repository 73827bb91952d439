import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SYNC_STATE_REQUEST_TYPE, type ReconcileReport, type SiteHeld, type SiteState, type SyncStateRequest } from '../../../../shared/contracts/sync';
import { UID } from '../../constants';
import { defaultLocale } from '../../editions/locales';
import type { Outbox } from './outbox';
import { signedPost, type Targets } from './targets';

type Row = Record<string, any>;
type Enqueuers = {
  enqueueReset(revision: { id: number; explainerDocumentId: string; slug: string; number: number }, targetIds?: number[]): Promise<number>;
  enqueueRemoval(removal: { explainerDocumentId: string; slug: string; revisionNumber: number; reason: 'reconciled' }, targetIds?: number[]): Promise<number>;
};

const isSiteState = (value: unknown): value is SiteState =>
  !!value &&
  Array.isArray((value as SiteState).explainers) &&
  (value as SiteState).explainers.every((e) => e && typeof e.slug === 'string' && typeof e.documentId === 'string' && Number.isInteger(e.revision));

/**
 * Compares what a site holds (asked with a signed state request to its webhook URL) with what the CMS
 * publishes, and queues what differs: the latest revision as a reset, or a removal.
 */
export const createReconciler = ({ strapi, targets, outbox, sync }: { strapi: Core.Strapi; targets: Targets; outbox: Outbox; sync: Enqueuers }) => {
  const askSite = async (targetId: number): Promise<SiteHeld[]> => {
    const target = await targets.targetForSending(targetId);
    if (!target || target.purpose !== 'site') throw new errors.NotFoundError(`No sync target ${targetId}`);
    const request: SyncStateRequest = { type: SYNC_STATE_REQUEST_TYPE, requestId: randomUUID() };
    let answer: unknown;
    try {
      const response = await signedPost(target, `msg_state_${randomUUID().replace(/-/g, '')}`, JSON.stringify(request));
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      answer = await response.json();
    } catch (error) {
      throw new errors.ApplicationError(`The site did not report its state: ${(error as Error).message}`);
    }
    if (!isSiteState(answer)) throw new errors.ApplicationError('The site answered the state request with something other than its state');
    return answer.explainers;
  };

  /** The CMS side: each live explainer's latest revision. */
  const liveRevisions = async () => {
    // Sites hold the default edition only until the sync payload carries the locale.
    const live = await strapi.db.query(UID.PUBLICATION).findMany({
      select: ['explainerDocumentId', 'locale', 'slug', 'latestNumber'],
      where: { live: true, locale: await defaultLocale(strapi) },
    });
    return Promise.all(
      live.map(async (p: Row) => {
        const revision = await strapi.db.query(UID.REVISION).findOne({
          select: ['id', 'contentHash'],
          where: { explainerDocumentId: p.explainerDocumentId, locale: p.locale ?? null, number: p.latestNumber },
        });
        return { id: revision?.id as number, explainerDocumentId: p.explainerDocumentId as string, slug: p.slug as string, number: p.latestNumber as number, hash: revision?.contentHash as string };
      })
    );
  };

  return {
    async reconcile(targetId: number): Promise<ReconcileReport> {
      const held = new Map((await askSite(targetId)).map((e) => [e.slug, e]));
      const [cms, owed] = await Promise.all([liveRevisions(), outbox.owedDocumentIds(targetId)]);
      const report: ReconcileReport = { targetId, checked: 0, inSync: 0, resent: [], removed: [], pending: [] };
      const liveSlugs = new Set(cms.map((r) => r.slug));
      report.checked = new Set([...liveSlugs, ...held.keys()]).size;
      for (const revision of cms) {
        const site = held.get(revision.slug);
        if (owed.has(revision.explainerDocumentId)) {
          report.pending.push(revision.slug);
          continue;
        }
        const reason = !site
          ? 'missing'
          : site.documentId !== revision.explainerDocumentId
            ? 'other document'
            : site.revision < revision.number
              ? 'behind'
              : site.revision !== revision.number || site.hash !== revision.hash
                ? 'differs'
                : null;
        if (!reason) {
          report.inSync += 1;
          continue;
        }
        await sync.enqueueReset(revision, [targetId]);
        report.resent.push({ slug: revision.slug, documentId: revision.explainerDocumentId, revision: revision.number, reason });
      }
      for (const site of held.values()) {
        if (liveSlugs.has(site.slug)) continue;
        if (owed.has(site.documentId)) {
          report.pending.push(site.slug);
          continue;
        }
        await sync.enqueueRemoval({ explainerDocumentId: site.documentId, slug: site.slug, revisionNumber: site.revision, reason: 'reconciled' }, [targetId]);
        report.removed.push({ slug: site.slug, documentId: site.documentId });
      }
      return report;
    },
  };
};
