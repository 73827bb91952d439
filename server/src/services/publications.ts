import type { Core } from '@strapi/strapi';
import type { ChangelogEntry, EditionSource, ExplainerEdition, ExplainerSnapshot } from '../../../shared/contracts/snapshot';
import { UID } from '../constants';
import { getPluginConfig, type PluginConfig } from '../config';
import { defaultLocale, enabledLocales } from '../editions/locales';
import { throwIfIssues } from '../validation/issues';

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

/** Heads are cached per edition: `<locale>/<slug>` (a slug never holds a `/`). */
const cacheKey = (slug: string, locale: string) => `${locale}/${slug}`;

const parseJson = <T>(value: unknown): T => (typeof value === 'string' ? JSON.parse(value) : value) as T;

/**
 * An edition's entity tag: the default edition keeps the tags it had before editions (`"r3-<hash>"`),
 * others name their locale (`"uk-r1-<hash>"`), so a cache never serves one edition for another.
 */
export const editionEtag = (locale: string | null, number: number, contentHash: string, source?: string) =>
  `"${locale && locale !== source ? `${locale}-` : ''}r${number}-${contentHash.slice(0, 16)}"`;

/**
 * The live head of each explainer for readers. Reads are served from memory for `cacheTtlMs`
 * (another instance's publish shows up within that time; this instance's at once), from one
 * indexed lookup otherwise.
 */
const createPublicationsService = ({ strapi }: { strapi: Core.Strapi }) => {
  const cache = new Map<string, CacheEntry>();
  const inflight = new Map<string, Promise<PublicHead | null>>();
  const config = (): PluginConfig => getPluginConfig(strapi);

  /** Every edition of a slug (its editions share it), or everything. */
  const invalidate = (slug?: string) => {
    if (!slug) return cache.clear();
    for (const key of [...cache.keys()]) if (key.endsWith(`/${slug}`)) cache.delete(key);
  };

  /**
   * Readers name an edition with `?locale=` (default: Strapi's default locale). The locale settings are
   * read at most once per `cacheTtlMs`, like the heads themselves, so a read costs no extra lookup.
   */
  let locales: { defaultLocale: string; enabled: string[]; loadedAt: number } | null = null;
  const localesNow = async () => {
    if (!locales || Date.now() - locales.loadedAt >= config().cacheTtlMs) {
      const [source, enabled] = await Promise.all([defaultLocale(strapi), enabledLocales(strapi)]);
      locales = { defaultLocale: source, enabled, loadedAt: Date.now() };
    }
    return locales;
  };
  /** Invalidate now and again once the surrounding transaction commits (a reader may refill in between). */
  const invalidateAfterCommit = async (slug?: string) => {
    invalidate(slug);
    if (strapi.db.inTransaction()) await strapi.db.transaction(async ({ onCommit }) => onCommit(() => invalidate(slug)));
  };

  const load = async (slug: string, locale: string): Promise<PublicHead | null> => {
    const row = await strapi.db.query(UID.PUBLICATION).findOne({
      select: ['slug', 'etag', 'body', 'revisionPublishedAt', 'latestNumber'],
      where: { slug, locale, live: true },
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

  const findLiveBySlug = (slug: string, locale: string) =>
    strapi.db.query(UID.PUBLICATION).findOne({ select: ['explainerDocumentId', 'slug', 'latestNumber'], where: { slug, locale, live: true } });

  return {
    invalidate,

    /** The edition a reader's request names: an enabled locale, or the default one; anything else is a 400 naming `locale`. */
    async readerLocale(value: unknown): Promise<string> {
      const { defaultLocale: source, enabled } = await localesNow();
      if (value === undefined || value === '') return source;
      if (typeof value !== 'string' || !enabled.includes(value)) {
        throwIfIssues([{ path: ['locale'], message: `must be one of this site's editions (${enabled.join(', ')})` }]);
      }
      return value as string;
    },

    /** The default edition as last read (the raw fast path cannot wait for a lookup); undefined until known. */
    knownDefaultLocale(): string | undefined {
      return locales && Date.now() - locales.loadedAt < config().cacheTtlMs ? locales.defaultLocale : undefined;
    },

    /**
     * The article's URL on the site: `siteArticleUrl` with `{slug}` filled in, and the edition as
     * `{locale}` (every edition) or `{locale/}` (a path segment for editions other than the default,
     * nothing for the default: `https://example.org/{locale/}explainers/{slug}`). A pattern with
     * neither gives only the default edition a URL.
     */
    async articleUrl(slug: string, locale?: string) {
      const pattern = config().siteArticleUrl;
      if (!pattern) return null;
      const { defaultLocale: source } = await localesNow();
      const edition = locale ?? source;
      const isDefault = edition === source;
      if (!isDefault && !pattern.includes('{locale}') && !pattern.includes('{locale/}')) return null;
      return pattern
        .replace('{slug}', encodeURIComponent(slug))
        .replace('{locale/}', isDefault ? '' : `${encodeURIComponent(edition)}/`)
        .replace('{locale}', encodeURIComponent(edition));
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
        etag: editionEtag(content.locale, revision.number, revision.contentHash, (await localesNow()).defaultLocale),
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

    /** The live explainers in one edition, each with the locales it is live in. */
    async listLive(locale: string) {
      const live = (await strapi.db.query(UID.PUBLICATION).findMany({
        select: ['explainerDocumentId', 'locale', 'slug', 'title', 'standfirst', 'latestNumber', 'firstPublishedAt', 'revisionPublishedAt'],
        where: { live: true },
        orderBy: { revisionPublishedAt: 'desc' },
      })) as Record<string, any>[];
      const editions = new Map<string, { locale: string; revision: number }[]>();
      for (const row of live) editions.set(row.explainerDocumentId, [...(editions.get(row.explainerDocumentId) ?? []), { locale: row.locale, revision: row.latestNumber }]);
      return live
        .filter((row) => row.locale === locale)
        .map((row) => ({ ...row, editions: editions.get(row.explainerDocumentId)!.sort((a, b) => a.locale.localeCompare(b.locale)) }));
    },

    /** Every live edition of a slug, with the source revision each was translated from and how far behind it is. */
    async editions(slug: string): Promise<ExplainerEdition[] | null> {
      const any = await strapi.db.query(UID.PUBLICATION).findOne({ select: ['explainerDocumentId'], where: { slug, live: true } });
      if (!any) return null;
      const explainerDocumentId = any.explainerDocumentId as string;
      const { defaultLocale: source } = await localesNow();
      const [live, sourceLatest] = await Promise.all([
        strapi.db.query(UID.PUBLICATION).findMany({ select: ['locale', 'latestNumber', 'revisionPublishedAt'], where: { explainerDocumentId, live: true } }),
        strapi.db.query(UID.REVISION).findOne({ select: ['number'], where: { explainerDocumentId, locale: source }, orderBy: { number: 'desc' } }),
      ]);
      const heads = await Promise.all(
        (live as Record<string, any>[]).map(async (row) => {
          const revision = await strapi.db.query(UID.REVISION).findOne({ select: ['basedOn'], where: { explainerDocumentId, locale: row.locale, number: row.latestNumber } });
          const basedOn = (revision?.basedOn ? parseJson<EditionSource>(revision.basedOn) : null) ?? null;
          const behind = row.locale === source ? 0 : basedOn && sourceLatest ? Math.max(0, sourceLatest.number - basedOn.revision) : null;
          return { locale: row.locale as string, revision: row.latestNumber as number, publishedAt: new Date(row.revisionPublishedAt).toISOString(), basedOn, behind };
        })
      );
      // The source edition first, then the others by locale code.
      return heads.sort((a, b) => Number(b.locale === source) - Number(a.locale === source) || a.locale.localeCompare(b.locale));
    },

    /** One edition's public changelog, newest first (null when that edition is not live). */
    async changelog(slug: string, locale: string, { page, pageSize }: { page: number; pageSize: number }): Promise<PublicChangelogPage | null> {
      const publication = await findLiveBySlug(slug, locale);
      if (!publication) return null;
      const where = { explainerDocumentId: publication.explainerDocumentId, locale };
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
    async pastRevision(slug: string, locale: string, number: number): Promise<PastRevisionLookup> {
      const publication = await findLiveBySlug(slug, locale);
      if (!publication) return { found: 'no-explainer' };
      const row = await strapi.db.query(UID.REVISION).findOne({
        select: ['snapshot', 'contentHash'],
        where: { explainerDocumentId: publication.explainerDocumentId, locale, number },
      });
      if (!row) return { found: 'no-revision' };
      const snapshot = (typeof row.snapshot === 'string' ? JSON.parse(row.snapshot) : row.snapshot) as ExplainerSnapshot;
      return { found: 'revision', etag: editionEtag(locale, number, row.contentHash, (await localesNow()).defaultLocale), snapshot };
    },

    /** The cached head when fresh, without touching the database (the raw fast path's question). */
    freshHead(slug: string, locale: string): PublicHead | null | undefined {
      const cached = cache.get(cacheKey(slug, locale));
      return cached && Date.now() - cached.loadedAt < config().cacheTtlMs ? cached.head : undefined;
    },

    /** The latest public snapshot as bytes, from memory when fresh; one lookup when not. */
    async head(slug: string, locale: string): Promise<PublicHead | null> {
      const key = cacheKey(slug, locale);
      const cached = cache.get(key);
      if (cached && Date.now() - cached.loadedAt < config().cacheTtlMs) return cached.head;
      let pending = inflight.get(key);
      if (!pending) {
        pending = load(slug, locale).finally(() => inflight.delete(key));
        inflight.set(key, pending);
        pending.then((head) => cache.set(key, { head, loadedAt: Date.now() })).catch(() => undefined);
      }
      return pending;
    },
  };
};

export type PublicationsService = ReturnType<typeof createPublicationsService>;
export default createPublicationsService;
