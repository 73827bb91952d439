import type { Context } from 'koa';
import { getService } from '../utils';

/** The explainers an editor can open in the plugin's pages. */
export default () => ({
  async list(ctx: Context) {
    ctx.body = { data: await getService('explainers').list() };
  },
});
