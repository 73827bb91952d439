import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { getPluginConfig } from '../config';
import { getService } from '../utils';
import { sendJsonUnlessFresh } from '../utils/conditional-get';
import { parsePositiveInt, parseSlug } from '../validation/public';

const notFound = (what: string) => new errors.NotFoundError(what);

/** The edition a reader asks for: `?locale=` (default: Strapi's default locale). */
const editionOf = (ctx: Context) => getService('publications').readerLocale(ctx.query.locale);

/** Readers' API: only published revisions, never live drafts; one edition per request. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const rows = await getService('publications').listLive(await editionOf(ctx));
    ctx.body = {
      data: rows.map((row: any) => ({
        slug: row.slug,
        locale: row.locale,
        title: row.title,
        standfirst: row.standfirst,
        revision: row.latestNumber,
        firstPublishedAt: row.firstPublishedAt,
        updatedAt: row.revisionPublishedAt,
        editions: row.editions,
      })),
    };
  },

  /** Every live edition of the piece, with the source revision each translates and how far behind it is. */
  async editions(ctx: Context) {
    const slug = parseSlug(ctx.params.slug);
    const editions = await getService('publications').editions(slug);
    if (!editions) throw notFound(`No published explainer "${slug}"`);
    ctx.set('Cache-Control', `${getPluginConfig(strapi).publicApiRequiresToken ? 'private' : 'public'}, max-age=${getPluginConfig(strapi).publicMaxAge}`);
    ctx.body = { data: editions };
  },

  /** The latest snapshot; served by the fast path unless an API token is required. */
  async findOne(ctx: Context) {
    const slug = parseSlug(ctx.params.slug);
    const locale = await editionOf(ctx);
    const head = await getService('publications').head(slug, locale);
    if (!head) throw notFound(`No published “${locale}” edition of "${slug}"`);
    ctx.set('ETag', head.etag);
    ctx.set('Cache-Control', `${getPluginConfig(strapi).publicApiRequiresToken ? 'private' : 'public'}, max-age=${getPluginConfig(strapi).publicMaxAge}`);
    sendJsonUnlessFresh(ctx, head.body);
  },

  async changelog(ctx: Context) {
    const slug = parseSlug(ctx.params.slug);
    const page = ctx.query.page === undefined ? 1 : parsePositiveInt(ctx.query.page, 'page');
    const pageSize = ctx.query.pageSize === undefined ? 50 : parsePositiveInt(ctx.query.pageSize, 'pageSize', 100);
    const locale = await editionOf(ctx);
    const changelog = await getService('publications').changelog(slug, locale, { page, pageSize });
    if (!changelog) throw notFound(`No published “${locale}” edition of "${slug}"`);
    ctx.body = { data: changelog.entries, meta: { pagination: changelog.pagination } };
  },

  async revision(ctx: Context) {
    const slug = parseSlug(ctx.params.slug);
    const number = parsePositiveInt(ctx.params.number, 'number');
    const locale = await editionOf(ctx);
    const lookup = await getService('publications').pastRevision(slug, locale, number);
    if (lookup.found === 'no-explainer') throw notFound(`No published “${locale}” edition of "${slug}"`);
    if (lookup.found === 'no-revision') throw notFound(`Revision ${number} of "${slug}" does not exist`);
    ctx.set('ETag', lookup.etag);
    // A past revision never changes.
    ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
    sendJsonUnlessFresh(ctx, lookup.snapshot);
  },
});
