import type { Core } from '@strapi/strapi';
import type { ExplainerSnapshot } from '../../../shared/contracts/snapshot';
import { UID } from '../constants';
import { getPluginConfig, type PluginConfig } from '../config';

export type PublicHead = {
  slug: string;
  etag: string;
  body: Buffer;
  lastModified: string;
  latestNumber: number;
};

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

    async findLiveBySlug(slug: string) {
      return strapi.db.query(UID.PUBLICATION).findOne({ select: ['explainerDocumentId', 'slug', 'latestNumber'], where: { slug, live: true } });
    },

    async listLive() {
      return strapi.db.query(UID.PUBLICATION).findMany({
        select: ['slug', 'title', 'standfirst', 'latestNumber', 'firstPublishedAt', 'revisionPublishedAt'],
        where: { live: true },
        orderBy: { revisionPublishedAt: 'desc' },
      });
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
