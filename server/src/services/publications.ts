import type { Core } from '@strapi/strapi';
import type { ChangelogEntry, ExplainerSnapshot } from '../../../shared/contracts/snapshot';
import { UID } from '../constants';
import { getPluginConfig, type PluginConfig } from '../config';

export type PublicHead = {
  slug: string;
  etag: string;
  body: Buffer;
  lastModified: string;
  latestNumber: number;
};

export type PublicChangelogPage = {
  entries: ChangelogEntry[];
  pagination: { page: number; pageSize: number; total: number };
};

export type PastRevisionLookup =
  | { found: 'revision'; etag: string; snapshot: ExplainerSnapshot }
  | { found: 'no-explainer' }
  | { found: 'no-revision' };

type CacheEntry = { head: PublicHead | null; loadedAt: number };

/**
 * The live head of each explainer for readers. Reads are served from memory for `cacheTtlMs`
 * (another instance's publish shows up within that time; this instance's at once), from one
 * indexed lookup otherwise.
 */
const createPublicationsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const cache = new Map<string, CacheEntry>();
  const inflight = new Map<string, Promise<PublicHead | null>>();
  const config = (): PluginConfig => getPluginConfig(strapi);

  const invalidate = (slug?: string) => {
    if (slug) cache.delete(slug);
    else cache.clear();
  };
  /** Invalidate now and again once the surrounding transaction commits (a reader may refill in between). */
  const invalidateAfterCommit = async (slug?: string) => {
    invalidate(slug);
    if (strapi.db.inTransaction()) await strapi.db.transaction(async ({ onCommit }) => onCommit(() => invalidate(slug)));
  };

  const load = async (slug: string): Promise<PublicHead | null> => {
    const row = await strapi.db.query(UID.PUBLICATION).findOne({
      select: ['slug', 'etag', 'body', 'revisionPublishedAt', 'latestNumber'],
      where: { slug, live: true },
    });
    if (!row) return null;
    return {
      slug: row.slug,
      etag: row.etag,
      body: Buffer.from(row.body),
      lastModified: new Date(row.revisionPublishedAt).toUTCString(),
      latestNumber: row.latestNumber,
    };
  };

  const findLiveBySlug = (slug: string) =>
    strapi.db.query(UID.PUBLICATION).findOne({ select: ['explainerDocumentId', 'slug', 'latestNumber'], where: { slug, live: true } });

  return {
    invalidate,

    articleUrl(slug: string) {
      const pattern = config().siteArticleUrl;
      return pattern ? pattern.replace('{slug}', encodeURIComponent(slug)) : null;
    },

    /** Upserts the head for a new revision (its JSON text given); called inside the publish transaction. */
    async record(snapshot: ExplainerSnapshot, snapshotJson: string) {
      const { content, revision } = snapshot;
      const where = { explainerDocumentId: content.documentId, locale: content.locale };
      const existing = await strapi.db.query(UID.PUBLICATION).findOne({ select: ['id', 'slug'], where });
      const data = {
        ...where,
        slug: content.slug,
        title: content.title,
        standfirst: content.standfirst,
        latestNumber: revision.number,
        etag: `"r${revision.number}-${revision.contentHash.slice(0, 16)}"`,
        body: snapshotJson,
        live: true,
        firstPublishedAt: snapshot.firstPublishedAt,
        revisionPublishedAt: revision.publishedAt,
      };
      if (existing) await strapi.db.query(UID.PUBLICATION).update({ where: { id: existing.id }, data });
      else await strapi.db.query(UID.PUBLICATION).create({ data });
      await invalidateAfterCommit(existing?.slug);
      await invalidateAfterCommit(content.slug);
    },

    /** Unpublish or delete takes the explainer off the public API (its revisions stay). */
    async setLive(documentId: string, locale: string | null | undefined, live: boolean) {
      const where = locale === undefined ? { explainerDocumentId: documentId } : { explainerDocumentId: documentId, locale };
      const rows = await strapi.db.query(UID.PUBLICATION).findMany({ select: ['id', 'slug', 'live'], where });
      for (const row of rows) {
        if (row.live !== live) await strapi.db.query(UID.PUBLICATION).update({ where: { id: row.id }, data: { live } });
        await invalidateAfterCommit(row.slug);
      }
    },

    findLiveBySlug,

    async listLive() {
      return strapi.db.query(UID.PUBLICATION).findMany({
        select: ['slug', 'title', 'standfirst', 'latestNumber', 'firstPublishedAt', 'revisionPublishedAt'],
        where: { live: true },
        orderBy: { revisionPublishedAt: 'desc' },
      });
    },

    /** The public changelog of a live explainer, newest first (null when no such explainer is live). */
    async changelog(slug: string, { page, pageSize }: { page: number; pageSize: number }): Promise<PublicChangelogPage | null> {
      const publication = await findLiveBySlug(slug);
      if (!publication) return null;
      const where = { explainerDocumentId: publication.explainerDocumentId };
      const [rows, total] = await Promise.all([
        strapi.db.query(UID.REVISION).findMany({
          select: ['number', 'kind', 'publicNote', 'revisionPublishedAt'],
          where,
          orderBy: { number: 'desc' },
          offset: (page - 1) * pageSize,
          limit: pageSize,
        }),
        strapi.db.query(UID.REVISION).count({ where }),
      ]);
      return {
        entries: rows.map((row: any) => ({ number: row.number, kind: row.kind, note: row.publicNote, publishedAt: new Date(row.revisionPublishedAt).toISOString() })),
        pagination: { page, pageSize, total },
      };
    },

    /** A past revision's snapshot of a live explainer, as published then. */
    async pastRevision(slug: string, number: number): Promise<PastRevisionLookup> {
      const publication = await findLiveBySlug(slug);
      if (!publication) return { found: 'no-explainer' };
      const row = await strapi.db.query(UID.REVISION).findOne({
        select: ['snapshot', 'contentHash'],
        where: { explainerDocumentId: publication.explainerDocumentId, number },
      });
      if (!row) return { found: 'no-revision' };
      const snapshot = (typeof row.snapshot === 'string' ? JSON.parse(row.snapshot) : row.snapshot) as ExplainerSnapshot;
      return { found: 'revision', etag: `"r${number}-${row.contentHash.slice(0, 16)}"`, snapshot };
    },

    /** The cached head when fresh, without touching the database (the raw fast path's question). */
    freshHead(slug: string): PublicHead | null | undefined {
      const cached = cache.get(slug);
      return cached && Date.now() - cached.loadedAt < config().cacheTtlMs ? cached.head : undefined;
    },

    /** The latest public snapshot as bytes, from memory when fresh; one lookup when not. */
    async head(slug: string): Promise<PublicHead | null> {
      const cached = cache.get(slug);
      if (cached && Date.now() - cached.loadedAt < config().cacheTtlMs) return cached.head;
      let pending = inflight.get(slug);
      if (!pending) {
        pending = load(slug).finally(() => inflight.delete(slug));
        inflight.set(slug, pending);
        pending.then((head) => cache.set(slug, { head, loadedAt: Date.now() })).catch(() => undefined);
      }
      return pending;
    },
  };
};

export type PublicationsService = ReturnType<typeof createPublicationsService>;
export default createPublicationsService;
