import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { SYNC_STATE_REQUEST_TYPE, type ReconcileReport, type SiteHeld, type SiteState, type SyncStateRequest } from '../../../../shared/contracts/sync';
import { UID } from '../../constants';
import { defaultLocale } from '../../editions/locales';
import type { Outbox } from './outbox';
import { streamKey, type StreamRemoval, type StreamRevision } from './streams';
import { signedPost, type Targets } from './targets';

type Row = Record<string, any>;
type Enqueuers = {
  enqueueReset(revision: StreamRevision, targetIds?: number[]): Promise<number>;
  enqueueRemoval(removal: StreamRemoval, targetIds?: number[]): Promise<number>;
};

const isSiteState = (value: unknown): value is SiteState =>
  !!value &&
  Array.isArray((value as SiteState).explainers) &&
  (value as SiteState).explainers.every(
    (e) => e && typeof e.slug === 'string' && typeof e.documentId === 'string' && Number.isInteger(e.revision) && (e.locale === undefined || typeof e.locale === 'string')
  );

/** One page at the site: a slug in one edition. */
const pageKey = (slug: string, locale: string) => `${slug}\u0000${locale}`;
const pendingName = (slug: string, locale: string, source: string) => (locale === source ? slug : `${locale}/${slug}`);

/**
 * Compares what a site holds (asked with a signed state request to its webhook URL) with what the CMS
 * publishes, edition by edition (slug and locale), and queues what differs: the edition's latest
 * revision as a reset, or a removal. A site that names no locale holds the default edition.
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

  /** The CMS side: each live edition's latest revision. */
  const liveRevisions = async (source: string) => {
    const live = await strapi.db.query(UID.PUBLICATION).findMany({ select: ['explainerDocumentId', 'locale', 'slug', 'latestNumber'], where: { live: true } });
    return Promise.all(
      live.map(async (p: Row) => {
        const revision = await strapi.db.query(UID.REVISION).findOne({
          select: ['id', 'contentHash'],
          where: { explainerDocumentId: p.explainerDocumentId, locale: p.locale ?? null, number: p.latestNumber },
        });
        const locale = (p.locale as string | null) ?? source;
        return { id: revision?.id as number, explainerDocumentId: p.explainerDocumentId as string, locale, slug: p.slug as string, number: p.latestNumber as number, hash: revision?.contentHash as string };
      })
    );
  };

  return {
    async reconcile(targetId: number): Promise<ReconcileReport> {
      const source = await defaultLocale(strapi);
      const held = new Map((await askSite(targetId)).map((e) => [pageKey(e.slug, e.locale ?? source), { ...e, locale: e.locale ?? source }]));
      const [cms, owed] = await Promise.all([liveRevisions(source), outbox.owedStreams(targetId)]);
      const report: ReconcileReport = { targetId, checked: 0, inSync: 0, resent: [], removed: [], pending: [] };
      const livePages = new Set(cms.map((r) => pageKey(r.slug, r.locale)));
      report.checked = new Set([...livePages, ...held.keys()]).size;
      for (const revision of cms) {
        const site = held.get(pageKey(revision.slug, revision.locale));
        if (owed.has(streamKey(revision.explainerDocumentId, revision.locale))) {
          report.pending.push(pendingName(revision.slug, revision.locale, source));
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
        report.resent.push({ slug: revision.slug, locale: revision.locale, documentId: revision.explainerDocumentId, revision: revision.number, reason });
      }
      for (const [key, site] of held) {
        if (livePages.has(key)) continue;
        if (owed.has(streamKey(site.documentId, site.locale))) {
          report.pending.push(pendingName(site.slug, site.locale, source));
          continue;
        }
        await sync.enqueueRemoval({ explainerDocumentId: site.documentId, locale: site.locale, slug: site.slug, revisionNumber: site.revision, reason: 'reconciled' }, [targetId]);
        report.removed.push({ slug: site.slug, locale: site.locale, documentId: site.documentId });
      }
      return report;
    },
  };
};
