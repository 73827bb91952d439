import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { getPluginConfig } from '../config';
import { UID } from '../constants';
import { getService } from '../utils';
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
    ctx.status = 200;
    if (ctx.fresh) {
      ctx.status = 304;
      return;
    }
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = head.body;
  },

  async changelog(ctx: Context) {
    const slug = parseSlug(ctx.params.slug);
    const page = ctx.query.page === undefined ? 1 : parsePositiveInt(ctx.query.page, 'page');
    const pageSize = ctx.query.pageSize === undefined ? 50 : parsePositiveInt(ctx.query.pageSize, 'pageSize', 100);
    const publication = await getService('publications').findLiveBySlug(slug);
    if (!publication) throw notFound(`No published explainer "${slug}"`);
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
    ctx.body = {
      data: rows.map((row: any) => ({ number: row.number, kind: row.kind, note: row.publicNote, publishedAt: new Date(row.revisionPublishedAt).toISOString() })),
      meta: { pagination: { page, pageSize, total } },
    };
  },

  async revision(ctx: Context) {
    const slug = parseSlug(ctx.params.slug);
    const number = parsePositiveInt(ctx.params.number, 'number');
    const publication = await getService('publications').findLiveBySlug(slug);
    if (!publication) throw notFound(`No published explainer "${slug}"`);
    const row = await strapi.db.query(UID.REVISION).findOne({
      select: ['snapshot', 'contentHash'],
      where: { explainerDocumentId: publication.explainerDocumentId, number },
    });
    if (!row) throw notFound(`Revision ${number} of "${slug}" does not exist`);
    ctx.set('ETag', `"r${number}-${row.contentHash.slice(0, 16)}"`);
    // A past revision never changes.
    ctx.set('Cache-Control', 'public, max-age=31536000, immutable');
    ctx.status = 200;
    if (ctx.fresh) {
      ctx.status = 304;
      return;
    }
    ctx.body = typeof row.snapshot === 'string' ? JSON.parse(row.snapshot) : row.snapshot;
  },
});
