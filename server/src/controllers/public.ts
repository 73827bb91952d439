import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { getPluginConfig } from '../config';
import { getService } from '../utils';
import { sendJsonUnlessFresh } from '../utils/conditional-get';
import { parsePositiveInt, parseSlug } from '../validation/public';

const notFound = (what: string) => new errors.NotFoundError(what);

/** Readers' API: only published revisions, never live drafts. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async find(ctx: Context) {
    const rows = await getService('publications').listLive();
    ctx.body = {
      data: rows.map((row: any) => ({
        slug: row.slug,
        title: row.title,
        standfirst: row.standfirst,
        revision: row.latestNumber,
        firstPublishedAt: row.firstPublishedAt,
        updatedAt: row.revisionPublishedAt,
      })),
    };
  },

  /** The latest snapshot; served by the fast path unless an API token is required. */
  async findOne(ctx: Context) {
    const slug = parseSlug(ctx.params.slug);
    const head = await getService('publications').head(slug);
    if (!head) throw notFound(`No published explainer "${slug}"`);
    ctx.set('ETag', head.etag);
    ctx.set('Cache-Control', `${getPluginConfig(strapi).publicApiRequiresToken ? 'private' : 'public'}, max-age=${getPluginConfig(strapi).publicMaxAge}`);
    sendJsonUnlessFresh(ctx, head.body);
  },

  async changelog(ctx: Context) {
    const slug = parseSlug(ctx.params.slug);
    const page = ctx.query.page === undefined ? 1 : parsePositiveInt(ctx.query.page, 'page');
    const pageSize = ctx.query.pageSize === undefined ? 50 : parsePositiveInt(ctx.query.pageSize, 'pageSize', 100);
    const changelog = await getService('publications').changelog(slug, { page, pageSize });
    if (!changelog) throw notFound(`No published explainer "${slug}"`);
    ctx.body = { data: changelog.entries, meta: { pagination: changelog.pagination } };
  },

  async revision(ctx: Context) {
    const slug = parseSlug(ctx.params.slug);
    const number = parsePositiveInt(ctx.params.number, 'number');
    const lookup = await getService('publications').pastRevision(slug, number);
    if (lookup.found === 'no-explainer') throw notFound(`No published explainer "${slug}"`);
    if (lookup.found === 'no-revision') throw notFound(`Revision ${number} of "${slug}" does not exist`);
    ctx.set('ETag', lookup.etag);
    // A past revision never changes.
    ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
    sendJsonUnlessFresh(ctx, lookup.snapshot);
  },
});
