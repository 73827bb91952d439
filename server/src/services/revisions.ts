import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ChangeSummary, NotRestoredItem, RevisionListItem } from '../../../shared/contracts/revisions';
import type { EditionSource, ExplainerSnapshot, RevisionKind } from '../../../shared/contracts/snapshot';
import { COMPONENT, UID } from '../constants';
import { diffContent, summarizeChange } from '../snapshot/diff';
import { canonicalJson, hashContent } from '../snapshot/hash';
import { editionGeojson } from '../../../shared/map-svg';
import { defaultLocale } from '../editions/locales';
import { loadRendered } from '../snapshot/load';
import { recordActivity } from './activity';

type RevisionRow = {
  id: number;
  explainerDocumentId: string;
  locale: string | null;
  slug: string;
  number: number;
  kind: RevisionKind;
  publicNote: string;
  internalNote: string | null;
  editorId: number | null;
  editorName: string | null;
  revisionPublishedAt: string;
  contentHash: string;
  snapshot: ExplainerSnapshot;
  restorable: Record<string, unknown>;
  diff: unknown;
  summary: ChangeSummary | null;
  restoredFrom: number | null;
  basedOn: EditionSource | null;
};

const LIST_FIELDS = [
  'id',
  'number',
  'kind',
  'publicNote',
  'internalNote',
  'editorName',
  'revisionPublishedAt',
  'contentHash',
  'restoredFrom',
  'summary',
  'basedOn',
] as const;

export const toListItem = (row: Pick<RevisionRow, (typeof LIST_FIELDS)[number]>): RevisionListItem => ({
  number: row.number,
  kind: row.kind,
  publicNote: row.publicNote,
  internalNote: row.internalNote ?? null,
  editorName: row.editorName ?? null,
  publishedAt: new Date(row.revisionPublishedAt).toISOString(),
  contentHash: row.contentHash,
  restoredFrom: row.restoredFrom ?? null,
  summary: row.summary ?? null,
  basedOn: row.basedOn ?? null,
});

/** A claim's statement as one short line for a list ("General Staff denied … encircled…"). */
const LABEL_MAX = 100;
export const shortLabel = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= LABEL_MAX) return line;
  const cut = line.slice(0, LABEL_MAX - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > LABEL_MAX / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
};

/** A date column as YYYY-MM-DD, whatever the database driver hands back. */
const isoDate = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value).slice(0, 10);
};

const parseJson = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value);

/** A date-time column as an ISO instant, whatever the driver hands back (the snapshot holds the JSON of one). */
const instant = (value: unknown): string | null => (value === null || value === undefined || value === '' ? null : new Date(value as string).toISOString());

/** An optional text as the snapshot renders it: empty is absent. */
const blankAsNull = (value: unknown) => (value === undefined || value === '' ? null : value);

type NotRestoredClaimChange = Extract<NotRestoredItem, { kind: 'claim' }>['changed'][number];
type NotRestoredMapChange = Extract<NotRestoredItem, { kind: 'map' }>['changed'][number];

/**
 * The revision's Content Manager data without the claims and maps deleted since: a relation to a
 * missing document (or an embed naming nothing) would refuse the whole restore. The claim leaves the
 * list, and the block embedding a deleted claim or map leaves the body.
 */
const withoutDeleted = (restorable: Record<string, any>, gone: Set<string>) => {
  if (gone.size === 0) return restorable;
  return {
    ...restorable,
    claims: ((restorable.claims ?? []) as string[]).filter((id) => !gone.has(id)),
    body: ((restorable.body ?? []) as Record<string, any>[]).filter(
      (block) =>
        !(block.__component === COMPONENT.MAP_EMBED && gone.has(block.map)) && !(block.__component === COMPONENT.CLAIM_EMBED && gone.has(block.claim))
    ),
  };
};

/** Stored GeoJSON as an edition's snapshot carries it (its own feature names only). */
const asEdition = (geojson: any, locale: string) => (Array.isArray(geojson?.features) ? editionGeojson(geojson, locale) : geojson);

const createRevisionsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const latestRow = (documentId: string, locale: string, select?: readonly string[]) =>
    strapi.db.query(UID.REVISION).findOne({
      ...(select ? { select: [...select] } : {}),
      where: { explainerDocumentId: documentId, locale },
      orderBy: { number: 'desc' },
    }) as Promise<RevisionRow | null>;

  const service = {
    /** One revision as the revisions list shows it. */
    async listItem(id: number): Promise<RevisionListItem> {
      const row = await strapi.db.query(UID.REVISION).findOne({ select: [...LIST_FIELDS], where: { id } });
      if (!row) throw new errors.NotFoundError(`No revision ${id}`);
      return toListItem(row as RevisionRow);
    },

    /** One edition's revisions, newest first: each locale has its own sequence. */
    async list(documentId: string, locale: string, { page = 1, pageSize = 50 }: { page?: number; pageSize?: number } = {}) {
      const where = { explainerDocumentId: documentId, locale };
      const [rows, total] = await Promise.all([
        strapi.db.query(UID.REVISION).findMany({ select: [...LIST_FIELDS], where, orderBy: { number: 'desc' }, offset: (page - 1) * pageSize, limit: pageSize }),
        strapi.db.query(UID.REVISION).count({ where }),
      ]);
      return { items: (rows as RevisionRow[]).map(toListItem), pagination: { page, pageSize, total } };
    },

    async get(documentId: string, locale: string, number: number) {
      const row = (await strapi.db.query(UID.REVISION).findOne({ where: { explainerDocumentId: documentId, locale, number } })) as RevisionRow | null;
      if (!row) throw new errors.NotFoundError(`Revision ${number} of the “${locale}” edition does not exist`);
      return row;
    },

    async compare(documentId: string, locale: string, from: number, to: number) {
      const [left, right] = await Promise.all([service.get(documentId, locale, from), service.get(documentId, locale, to)]);
      return {
        from,
        to,
        delta: diffContent(left.snapshot.content, right.snapshot.content),
        summary: summarizeChange(left.snapshot.content, right.snapshot.content),
        left: left.snapshot.content,
        right: right.snapshot.content,
      };
    },

    /** What publishing the draft now would change, against the latest revision. */
    async pending(documentId: string, locale: string) {
      const latest = await latestRow(documentId, locale);
      const draft = await loadRendered(strapi, documentId, locale, 'draft');
      if (!draft) throw new errors.NotFoundError(`No explainer with this documentId in the “${locale}” edition`);
      const summary = summarizeChange(latest?.snapshot.content ?? null, draft.content);
      return {
        documentId,
        locale,
        drift: await service.drift(documentId, locale, latest),
        latest: latest ? toListItem(latest) : null,
        pendingChanges: latest ? summary : null,
        hasPendingChanges: !latest || hashContent(draft.content) !== latest.contentHash,
      };
    },

    /** How far an edition's latest revision is behind the source edition (null for the source itself). */
    async drift(documentId: string, locale: string, latest: Pick<RevisionRow, 'basedOn'> | null) {
      const sourceLocale = await defaultLocale(strapi);
      if (locale === sourceLocale) return null;
      const sourceLatest = (await latestRow(documentId, sourceLocale, ['number']))?.number ?? null;
      const basedOn = latest?.basedOn ?? null;
      const behind = basedOn && sourceLatest !== null ? Math.max(0, sourceLatest - basedOn.revision) : null;
      return { sourceLocale, sourceLatest, basedOn, behind };
    },

    /**
     * What restoring a revision leaves as it is now: claims and maps are shared, live records, so the
     * revision's claims whose status, statement or details changed since, and its maps whose as-of
     * date, features or details changed, keep their current state (ones deleted since cannot come back).
     */
    async notRestored(revision: Pick<RevisionRow, 'snapshot'>): Promise<NotRestoredItem[]> {
      const { claims, maps } = revision.snapshot.content;
      // The live records as this revision's edition has them (a claim's statement, a map's names are per edition).
      const locale = revision.snapshot.content.locale ?? (await defaultLocale(strapi));
      const [liveClaims, liveMaps] = await Promise.all([
        claims.length
          ? strapi.db.query(UID.CLAIM).findMany({
              select: ['documentId', 'statement', 'claimStatus', 'medium', 'sourceUrl', 'madeAt'],
              where: { documentId: { $in: claims.map((c) => c.id) }, locale },
              populate: { claimant: { select: ['documentId'] } },
            })
          : [],
        maps.length
          ? strapi.db.query(UID.MAP).findMany({
              select: ['documentId', 'asOf', 'geojson', 'title', 'caption', 'sourceLine', 'textDescription'],
              where: { documentId: { $in: maps.map((m) => m.id) }, locale },
            })
          : [],
      ]);
      const claimNow = new Map((liveClaims as any[]).map((c) => [c.documentId as string, c]));
      const mapNow = new Map((liveMaps as any[]).map((m) => [m.documentId as string, m]));
      const items: NotRestoredItem[] = [];
      for (const claim of claims) {
        const now = claimNow.get(claim.id);
        const changed: NotRestoredClaimChange[] = [];
        if (now && now.claimStatus !== claim.status) changed.push('status');
        if (now && now.statement !== claim.statement) changed.push('statement');
        if (
          now &&
          ((now.claimant?.documentId ?? null) !== claim.claimantId ||
            now.medium !== claim.medium ||
            blankAsNull(now.sourceUrl) !== claim.sourceUrl ||
            instant(now.madeAt) !== instant(claim.madeAt))
        ) {
          changed.push('details');
        }
        if (now && changed.length === 0) continue;
        items.push({ kind: 'claim', documentId: claim.id, label: shortLabel(claim.statement), then: claim.status, now: now ? now.claimStatus : null, changed, deleted: !now });
      }
      for (const map of maps) {
        const now = mapNow.get(map.id);
        const changed: NotRestoredMapChange[] = [];
        if (now && isoDate(now.asOf) !== isoDate(map.asOf)) changed.push('asOf');
        if (now && canonicalJson(asEdition(parseJson(now.geojson), locale)) !== canonicalJson(map.geojson)) changed.push('geojson');
        if (
          now &&
          (now.title !== map.title ||
            blankAsNull(now.caption) !== map.caption ||
            now.sourceLine !== map.sourceLine ||
            now.textDescription !== map.textDescription)
        ) {
          changed.push('details');
        }
        if (now && changed.length === 0) continue;
        items.push({ kind: 'map', documentId: map.id, title: map.title, thenAsOf: isoDate(map.asOf) ?? '', nowAsOf: now ? isoDate(now.asOf) : null, changed, deleted: !now });
      }
      return items;
    },

    /** Before restoring: what the restore would not bring back (see notRestored). */
    async restorePreview(documentId: string, locale: string, number: number) {
      const revision = await service.get(documentId, locale, number);
      const draft = await strapi.documents(UID.EXPLAINER).findOne({ documentId, locale, status: 'draft', fields: ['id'] } as any);
      if (!draft) throw new errors.NotFoundError('No explainer with this documentId');
      return { documentId, number, notRestored: await service.notRestored(revision) };
    },

    /**
     * Makes a past revision the new draft (not published), and records who did it. The answer lists
     * the revision's claims and maps that stay as they are now (shared, live records).
     */
    async restore(documentId: string, locale: string, number: number) {
      const revision = await service.get(documentId, locale, number);
      const draft = await strapi.documents(UID.EXPLAINER).findOne({ documentId, locale, status: 'draft', fields: ['id'] } as any);
      if (!draft) throw new errors.NotFoundError('No explainer with this documentId');
      const notRestored = await service.notRestored(revision);
      await strapi.db.transaction(async () => {
        const gone = new Set(notRestored.filter((item) => item.deleted).map((item) => item.documentId));
        await strapi.documents(UID.EXPLAINER).update({ documentId, locale, data: withoutDeleted(revision.restorable, gone) } as any);
        await recordActivity(strapi, { action: 'revision.restore', explainerDocumentId: documentId, locale, revisionNumber: number, detail: { restoredContentHash: revision.contentHash } });
      });
      return { documentId, restoredFrom: number, message: `Revision ${number} is now the draft. Publish it to make it live.`, notRestored };
    },

    async activities(documentId: string) {
      // The piece's own entries and those about every piece (sync settings), newest first.
      const rows = await strapi.db.query(UID.ACTIVITY).findMany({
        where: { $or: [{ explainerDocumentId: documentId }, { explainerDocumentId: null }] },
        orderBy: { id: 'desc' },
        limit: 100,
      });
      return rows.map((row: any) => ({
        id: row.id,
        action: row.action,
        explainerDocumentId: row.explainerDocumentId ?? null,
        locale: row.locale ?? null,
        revisionNumber: row.revisionNumber ?? null,
        actorName: row.actorName ?? null,
        at: new Date(row.at).toISOString(),
        detail: row.detail ?? null,
      }));
    },

  };
  return service;
};

export type RevisionsService = ReturnType<typeof createRevisionsService>;
export default createRevisionsService;

