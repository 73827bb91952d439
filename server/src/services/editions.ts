import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ClaimStatusSince, EditionSummary, TranslationDrift } from '../../../shared/contracts/editions';
import type { EditionSource, ExplainerSnapshot } from '../../../shared/contracts/snapshot';
import { PLUGIN_ID, UID } from '../constants';
import { defaultLocale } from '../editions/locales';
import type { RevisionsService } from './revisions';

type LatestRevision = { number: number; basedOn: EditionSource | null; snapshot: ExplainerSnapshot | string };

const parsed = (snapshot: ExplainerSnapshot | string): ExplainerSnapshot => (typeof snapshot === 'string' ? JSON.parse(snapshot) : snapshot);

/**
 * An explainer's editions as translators see them: how far each is behind the source edition, and
 * exactly what to carry over (the source's changes since the revision the edition was translated from,
 * and the claims whose shared status changed since the edition was last published).
 */
const createEditionsService = ({ strapi }: { strapi: Core.Strapi }) => {
  /** The claims of a published revision whose status is different now (statuses are shared by every edition). */
  const claimStatusesSince = async (snapshot: ExplainerSnapshot): Promise<ClaimStatusSince[]> => {
    const claims = snapshot.content.claims;
    if (claims.length === 0) return [];
    const rows = await strapi.db.query(UID.CLAIM).findMany({
      select: ['documentId', 'claimStatus'],
      where: { documentId: { $in: claims.map((claim) => claim.id) } },
    });
    const now = new Map((rows as { documentId: string; claimStatus: ClaimStatusSince['from'] }[]).map((row) => [row.documentId, row.claimStatus]));
    return claims
      .filter((claim) => now.get(claim.id) !== claim.status)
      .map((claim) => ({ id: claim.id, statement: claim.statement, from: claim.status, to: now.get(claim.id) ?? null }));
  };

  return {
    async translationDrift(documentId: string, locale: string): Promise<TranslationDrift.Response['data']> {
      const draft = await strapi.db.query(UID.EXPLAINER).findOne({ select: ['id'], where: { documentId, locale, publishedAt: null } });
      if (!draft) throw new errors.NotFoundError(`No explainer with this documentId in the “${locale}” edition`);
      const latest = (await strapi.db.query(UID.REVISION).findOne({
        select: ['number', 'basedOn', 'snapshot'],
        where: { explainerDocumentId: documentId, locale },
        orderBy: { number: 'desc' },
      })) as LatestRevision | null;
      const revisions = strapi.plugin(PLUGIN_ID).service('revisions') as RevisionsService;
      const drift = await revisions.drift(documentId, locale, latest);
      const behind = drift?.behind && drift.basedOn && drift.sourceLatest ? drift : null;
      return {
        documentId,
        locale,
        drift,
        sourceChanges: behind ? await revisions.compare(documentId, behind.sourceLocale, behind.basedOn!.revision, behind.sourceLatest!) : null,
        claimStatusChanges: latest ? await claimStatusesSince(parsed(latest.snapshot)) : [],
      };
    },

    /** Each explainer's editions (the source first, then by locale) for the plugin's explainers list. */
    async summaries(documentIds: string[]): Promise<Map<string, EditionSummary[]>> {
      const result = new Map<string, EditionSummary[]>();
      if (documentIds.length === 0) return result;
      const source = await defaultLocale(strapi);
      const [drafts, heads] = await Promise.all([
        strapi.db.query(UID.EXPLAINER).findMany({ select: ['documentId', 'locale'], where: { documentId: { $in: documentIds }, publishedAt: null } }),
        strapi.db.query(UID.PUBLICATION).findMany({
          select: ['explainerDocumentId', 'locale', 'latestNumber', 'live'],
          where: { explainerDocumentId: { $in: documentIds }, live: true },
        }),
      ]);
      const live = heads as { explainerDocumentId: string; locale: string; latestNumber: number }[];
      const latestRows = live.length
        ? ((await strapi.db.query(UID.REVISION).findMany({
            select: ['explainerDocumentId', 'locale', 'number', 'basedOn'],
            where: { $or: live.map((head) => ({ explainerDocumentId: head.explainerDocumentId, locale: head.locale, number: head.latestNumber })) },
          })) as { explainerDocumentId: string; locale: string; number: number; basedOn: EditionSource | null }[])
        : [];
      const key = (documentId: string, locale: string) => `${documentId}\u0000${locale}`;
      const latest = new Map(latestRows.map((row) => [key(row.explainerDocumentId, row.locale), row]));
      const sourceLatest = (documentId: string) => latest.get(key(documentId, source))?.number ?? null;
      const order = (a: EditionSummary, b: EditionSummary) => Number(b.locale === source) - Number(a.locale === source) || a.locale.localeCompare(b.locale);
      for (const { documentId, locale } of drafts as { documentId: string; locale: string }[]) {
        const row = latest.get(key(documentId, locale));
        const sourceNumber = sourceLatest(documentId);
        const behind = locale === source || !row?.basedOn || sourceNumber === null ? null : Math.max(0, sourceNumber - row.basedOn.revision);
        const editions = result.get(documentId) ?? [];
        editions.push({ locale, latestRevision: row?.number ?? null, behind });
        result.set(documentId, editions.sort(order));
      }
      return result;
    },
  };
};

export type EditionsService = ReturnType<typeof createEditionsService>;
export default createEditionsService;
