import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getService } from '../utils';
import { validateAlertTarget } from '../validation/alerts';

/** The Alerts settings page: the alert target (secret write-only) and a test alert. */
export default (_: { strapi: Core.Strapi }) => ({
  async getTarget(ctx: Context) {
    ctx.body = { data: await getService('alerts').getTarget() };
  },
  async saveTarget(ctx: Context) {
    ctx.body = { data: await getService('alerts').saveTarget(await validateAlertTarget(ctx.request.body)) };
  },
  async test(ctx: Context) {
    ctx.status = 202;
    ctx.body = { data: await getService('alerts').sendTest() };
  },
});
