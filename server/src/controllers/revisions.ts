import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { UID } from '../constants';
import { resolveLocale } from '../editions/locales';
import { clearPublishIntent, stagePublishIntent } from '../publishing/intent';
import { getService } from '../utils';
import { parsePositiveInt } from '../validation/public';
import { validatePublishRequest } from '../validation/revisions';

/** Admin API for the explainer's revisions panel and the revisions view. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** The edition a request is about: `?locale=` (default: Strapi's default locale); each has its own revisions. */
  const editionOf = (ctx: Context) => resolveLocale(strapi, ctx.query.locale);

  return {
    async status(ctx: Context) {
      ctx.body = { data: await getService('revisions').pending(ctx.params.documentId, await editionOf(ctx)) };
    },

    async publish(ctx: Context) {
      const intent = await validatePublishRequest(ctx.request.body);
      const locale = await editionOf(ctx);
      const result = await getService('publishing').publishUpdate(ctx.params.documentId, intent, locale);
      // Read after the publish committed: the panel's next state, in the same answer.
      ctx.body = { data: { ...result, status: await getService('revisions').pending(ctx.params.documentId, locale) } };
    },

    /** The dialog's kind and notes for the Content Manager's own publish request that follows (publishing/intent.ts). */
    async stageIntent(ctx: Context) {
      const intent = await validatePublishRequest(ctx.request.body);
      const exists = await strapi.db.query(UID.EXPLAINER).findOne({ select: ['id'], where: { documentId: ctx.params.documentId } });
      if (!exists) throw new errors.NotFoundError('No explainer with this documentId');
      await stagePublishIntent(strapi, ctx.params.documentId, intent);
      ctx.body = { data: { staged: true } };
    },

    async clearIntent(ctx: Context) {
      await clearPublishIntent(strapi, ctx.params.documentId);
      ctx.body = { data: { staged: false } };
    },

    async list(ctx: Context) {
      const page = ctx.query.page === undefined ? 1 : parsePositiveInt(ctx.query.page, 'page');
      const pageSize = ctx.query.pageSize === undefined ? 50 : parsePositiveInt(ctx.query.pageSize, 'pageSize', 200);
      const { items, pagination } = await getService('revisions').list(ctx.params.documentId, await editionOf(ctx), { page, pageSize });
      ctx.body = { data: items, meta: { pagination } };
    },

    async findOne(ctx: Context) {
      const number = parsePositiveInt(ctx.params.number, 'number');
      const { restorable, ...row } = await getService('revisions').get(ctx.params.documentId, await editionOf(ctx), number);
      ctx.body = { data: { ...row, publishedAt: row.revisionPublishedAt } };
    },

    async compare(ctx: Context) {
      const from = parsePositiveInt(ctx.query.from, 'from');
      const to = parsePositiveInt(ctx.query.to, 'to');
      ctx.body = { data: await getService('revisions').compare(ctx.params.documentId, await editionOf(ctx), from, to) };
    },

    async restorePreview(ctx: Context) {
      const number = parsePositiveInt(ctx.params.number, 'number');
      ctx.body = { data: await getService('revisions').restorePreview(ctx.params.documentId, await editionOf(ctx), number) };
    },

    async restore(ctx: Context) {
      const number = parsePositiveInt(ctx.params.number, 'number');
      ctx.body = { data: await getService('revisions').restore(ctx.params.documentId, await editionOf(ctx), number) };
    },

    /** What a translator has to carry over to bring an edition up to date with the source. */
    async drift(ctx: Context) {
      ctx.body = { data: await getService('editions').translationDrift(ctx.params.documentId, await editionOf(ctx)) };
    },

    async activities(ctx: Context) {
      ctx.body = { data: await getService('revisions').activities(ctx.params.documentId) };
    },
  };
};
