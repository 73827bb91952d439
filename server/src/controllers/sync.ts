import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { resolveLocale } from '../editions/locales';
import { getService } from '../utils';
import { parsePositiveInt } from '../validation/public';
import { validateCreateTarget, validateDeliveriesQuery, validateUpdateTarget } from '../validation/sync';

/** Admin API for sync targets (secrets write-only) and deliveries. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async listTargets(ctx: Context) {
    ctx.body = { data: await getService('sync').listTargets() };
  },
  async createTarget(ctx: Context) {
    ctx.status = 201;
    ctx.body = { data: await getService('sync').createTarget(await validateCreateTarget(ctx.request.body)) };
  },
  async updateTarget(ctx: Context) {
    const id = parsePositiveInt(ctx.params.id, 'id');
    ctx.body = { data: await getService('sync').updateTarget(id, await validateUpdateTarget(ctx.request.body)) };
  },
  async deleteTarget(ctx: Context) {
    await getService('sync').deleteTarget(parsePositiveInt(ctx.params.id, 'id'));
    ctx.body = { data: null };
  },
  async listDeliveries(ctx: Context) {
    ctx.body = await getService('sync').listDeliveries(await validateDeliveriesQuery(ctx.query));
  },
  async retry(ctx: Context) {
    ctx.body = { data: await getService('sync').retry(parsePositiveInt(ctx.params.id, 'id')) };
  },
  /** Compares the site's state with the CMS and queues what differs. */
  async reconcile(ctx: Context) {
    ctx.body = { data: await getService('sync').reconcile(parsePositiveInt(ctx.params.id, 'id')) };
  },
  /** One edition's deliveries (`?locale=`, default: the default locale): each edition is its own stream. */
  async explainerState(ctx: Context) {
    const locale = await resolveLocale(strapi, ctx.query.locale);
    ctx.body = { data: await getService('sync').stateOf(ctx.params.documentId, locale) };
  },
});
