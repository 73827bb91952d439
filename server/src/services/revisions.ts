import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { ChangeSummary, RevisionListItem } from '../../../shared/contracts/revisions';
import {
  SNAPSHOT_CHANGELOG_LIMIT,
  SNAPSHOT_SCHEMA_VERSION,
  type ChangelogEntry,
  type ExplainerSnapshot,
  type RevisionKind,
} from '../../../shared/contracts/snapshot';
import { UID } from '../constants';
import { describeSummary, diffContent, summarizeChange } from '../snapshot/diff';
import { hashContent } from '../snapshot/hash';
import { buildJsonLd } from '../snapshot/json-ld';
import { SNAPSHOT_POPULATE } from '../snapshot/populate';
import { renderContent, renderRestorable } from '../snapshot/render';
import { getService } from '../utils';
import { currentActor } from '../utils/actor';
import { currentPublishIntent, withPublishIntent, type PublishIntent } from './publish-intent';

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
});

const localeKey = (locale: unknown) => (typeof locale === 'string' && locale !== '*' ? locale : null);

const createRevisionsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const mediaBaseUrl = () => {
    const url = strapi.config.get('server.url') as string | undefined;
    return url && /^https?:\/\//.test(url) ? url.replace(/\/$/, '') : '';
  };

  const latestRow = (documentId: string, locale: string | null, select?: readonly string[]) =>
    strapi.db.query(UID.REVISION).findOne({
      ...(select ? { select: [...select] } : {}),
      where: { explainerDocumentId: documentId, locale },
      orderBy: { number: 'desc' },
    }) as Promise<RevisionRow | null>;

  type RenderedEntry = { entry: any; content: ExplainerSnapshot['content'] };
  const renderEntry = async (documentId: string, locale: string | null, status: 'draft' | 'published'): Promise<RenderedEntry | null> => {
    const entry = await strapi.documents(UID.EXPLAINER).findOne({
      documentId,
      status,
      ...(locale ? { locale } : {}),
      populate: SNAPSHOT_POPULATE as any,
    } as any);
    return entry ? { entry, content: renderContent(entry, { mediaBaseUrl: mediaBaseUrl() }) } : null;
  };

  /** The revision restored as the draft since the last publish, if any (the next publish carries it). */
  const restoredSince = async (documentId: string, since: string): Promise<number | null> => {
    const restore = await strapi.db.query(UID.ACTIVITY).findOne({
      select: ['revisionNumber'],
      where: { explainerDocumentId: documentId, action: 'revision.restore', at: { $gt: since } },
      orderBy: { id: 'desc' },
    });
    return restore?.revisionNumber ?? null;
  };

  /** Serialises concurrent publishes of one explainer (PostgreSQL row lock; SQLite writes are serial). */
  const lockExplainer = async (documentId: string) => {
    const client = strapi.db.dialect.client as string;
    if (client !== 'postgres') return;
    // Runs inside the publish transaction; the lock must be taken on that transaction's connection.
    await strapi.db.transaction(({ trx }) =>
      trx('conflict_explainer_explainers').select('id').where('document_id', documentId).orderBy('id').forUpdate()
    );
  };

  const service = {
    lockExplainer,

    /** The draft with everything the snapshot needs, rendered (null when there is no draft). */
    renderDraft: (documentId: string, localeParam: unknown) => renderEntry(documentId, localeKey(localeParam), 'draft'),

    /**
     * Runs inside the publish's transaction, after Strapi published the entry: renders the snapshot
     * from the published version (or takes the draft it was copied from, already rendered), and
     * records a revision unless the content is unchanged.
     */
    async recordPublish(documentId: string, localeParam: unknown, publishedDraft?: RenderedEntry | null) {
      const intent: PublishIntent = currentPublishIntent() ?? { kind: 'update' };
      const locale = localeKey(localeParam);
      const rendered = publishedDraft ?? (await renderEntry(documentId, locale, 'published'));
      if (!rendered) return;
      const { entry, content } = rendered;
      const contentHash = hashContent(content);
      const previous = await latestRow(documentId, locale);

      if (previous && previous.contentHash === contentHash) {
        intent.outcome = { changed: false, latest: previous.number };
        await getService('publications').setLive(documentId, locale, true);
        return;
      }

      const restoredFrom = intent.restoredFrom ?? (previous ? await restoredSince(documentId, previous.revisionPublishedAt) : null);
      const now = new Date().toISOString();
      const number = (previous?.number ?? 0) + 1;
      const previousContent = previous?.snapshot.content ?? null;
      const summary = summarizeChange(previousContent, content);
      const publicNote =
        intent.publicNote?.trim() || (restoredFrom ? `Restores revision ${restoredFrom}` : previous ? describeSummary(summary) : 'First published');
      const firstPublishedAt = previous?.snapshot.firstPublishedAt ?? now;
      const changelog: ChangelogEntry[] = [
        { number, kind: intent.kind, note: publicNote, publishedAt: now },
        ...(previous?.snapshot.changelog ?? []),
      ].slice(0, SNAPSHOT_CHANGELOG_LIMIT);
      const revision = { number, kind: intent.kind, note: publicNote, publishedAt: now, contentHash };
      const snapshot: ExplainerSnapshot = {
        schemaVersion: SNAPSHOT_SCHEMA_VERSION,
        content,
        revision,
        firstPublishedAt,
        changelog,
        changelogTotal: number,
        jsonLd: buildJsonLd(content, revision, firstPublishedAt, changelog, getService('publications').articleUrl(content.slug)),
      };
      const actor = currentActor(strapi);
      const row = (await strapi.db.query(UID.REVISION).create({
        data: {
          explainerDocumentId: documentId,
          locale,
          slug: content.slug,
          number,
          kind: intent.kind,
          publicNote,
          internalNote: intent.internalNote?.trim() || null,
          editorId: actor.id,
          editorName: actor.name,
          revisionPublishedAt: now,
          contentHash,
          snapshot,
          restorable: renderRestorable(entry),
          diff: diffContent(previousContent, content),
          summary,
          restoredFrom,
        },
      })) as RevisionRow;
      await getService('publications').record(snapshot);
      await getService('sync').enqueue(row.id, documentId, content.slug, number);
      intent.outcome = { changed: true, revisionId: row.id, number };
      return row;
    },

    /** Publishes the draft with the editor's kind and notes; says so when nothing changed. */
    async publishUpdate(documentId: string, intent: PublishIntent) {
      const exists = await strapi.documents(UID.EXPLAINER).findOne({ documentId, status: 'draft', fields: ['id'] } as any);
      if (!exists) throw new errors.NotFoundError('No explainer with this documentId');
      const outcome = await withPublishIntent(intent, async () => {
        await strapi.documents(UID.EXPLAINER).publish({ documentId } as any);
        return intent.outcome;
      });
      if (!outcome || !outcome.changed) {
        return { changed: false as const, latest: outcome?.latest ?? null, message: 'Nothing changed since the last revision; no revision was made.' };
      }
      const row = await strapi.db.query(UID.REVISION).findOne({ select: [...LIST_FIELDS], where: { id: outcome.revisionId } });
      return { changed: true as const, revision: toListItem(row as RevisionRow) };
    },

    async list(documentId: string, { page = 1, pageSize = 50 }: { page?: number; pageSize?: number } = {}) {
      const where = { explainerDocumentId: documentId };
      const [rows, total] = await Promise.all([
        strapi.db.query(UID.REVISION).findMany({ select: [...LIST_FIELDS], where, orderBy: { number: 'desc' }, offset: (page - 1) * pageSize, limit: pageSize }),
        strapi.db.query(UID.REVISION).count({ where }),
      ]);
      return { items: (rows as RevisionRow[]).map(toListItem), pagination: { page, pageSize, total } };
    },

    async get(documentId: string, number: number) {
      const row = (await strapi.db.query(UID.REVISION).findOne({ where: { explainerDocumentId: documentId, number } })) as RevisionRow | null;
      if (!row) throw new errors.NotFoundError(`Revision ${number} does not exist`);
      return row;
    },

    async compare(documentId: string, from: number, to: number) {
      const [left, right] = await Promise.all([service.get(documentId, from), service.get(documentId, to)]);
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
    async pending(documentId: string) {
      const latest = await latestRow(documentId, null);
      const draft = await renderEntry(documentId, null, 'draft');
      if (!draft) throw new errors.NotFoundError('No explainer with this documentId');
      const summary = summarizeChange(latest?.snapshot.content ?? null, draft.content);
      return {
        documentId,
        latest: latest ? toListItem(latest) : null,
        pendingChanges: latest ? summary : null,
        hasPendingChanges: !latest || hashContent(draft.content) !== latest.contentHash,
      };
    },

    /** Makes a past revision the new draft (not published), and records who did it. */
    async restore(documentId: string, number: number) {
      const revision = await service.get(documentId, number);
      const draft = await strapi.documents(UID.EXPLAINER).findOne({ documentId, status: 'draft', fields: ['id'] } as any);
      if (!draft) throw new errors.NotFoundError('No explainer with this documentId');
      const actor = currentActor(strapi);
      await strapi.db.transaction(async () => {
        await strapi.documents(UID.EXPLAINER).update({ documentId, data: revision.restorable } as any);
        await strapi.db.query(UID.ACTIVITY).create({
          data: {
            action: 'revision.restore',
            explainerDocumentId: documentId,
            revisionNumber: number,
            actorId: actor.id,
            actorName: actor.name,
            detail: { restoredContentHash: revision.contentHash },
            at: new Date(),
          },
        });
      });
      return { documentId, restoredFrom: number, message: `Revision ${number} is now the draft. Publish it to make it live.` };
    },

    async activities(documentId: string) {
      return strapi.db.query(UID.ACTIVITY).findMany({ where: { explainerDocumentId: documentId }, orderBy: { id: 'desc' }, limit: 100 });
    },

  };
  return service;
};

export type RevisionsService = ReturnType<typeof createRevisionsService>;
export default createRevisionsService;

