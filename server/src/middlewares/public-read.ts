import type { Core } from '@strapi/strapi';
import { getPluginConfig } from '../config';
import { PLUGIN_ID } from '../constants';
import { getService } from '../utils';
import { isSlug } from '../validation/public';

/**
 * The readers' hot path, GET /api/conflict-explainer/explainers/:slug, answered in front of Strapi's
 * middleware chain with the stored, pre-serialised snapshot: no populate, no rendering, no
 * sanitising per request (all done once at publish). Everything else falls through to the routes.
 */
export const registerPublicReadFastPath = (strapi: Core.Strapi) => {
  const prefix = () => `${(strapi.config.get('api.rest.prefix') as string) ?? '/api'}/${PLUGIN_ID}/explainers/`;
  strapi.server.use(async (ctx, next) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !ctx.path.startsWith(prefix())) return next();
    const slug = ctx.path.slice(prefix().length);
    const config = getPluginConfig(strapi);
    // Invalid slugs, sub-resources and token-protected setups take the regular, validated route.
    if (config.publicApiRequiresToken || !isSlug(slug)) return next();
    const head = await getService('publications').head(slug);
    if (!head) return next();
    ctx.set('ETag', head.etag);
    ctx.set('Last-Modified', head.lastModified);
    ctx.set('Cache-Control', `public, max-age=${config.publicMaxAge}, stale-while-revalidate=${config.publicMaxAge * 4}`);
    ctx.set('Access-Control-Allow-Origin', '*');
    ctx.set('X-Content-Type-Options', 'nosniff');
    ctx.set('X-Explainer-Revision', String(head.latestNumber));
    ctx.status = 200;
    if (ctx.fresh) {
      ctx.status = 304;
      return;
    }
    ctx.type = 'application/json; charset=utf-8';
    ctx.body = head.body;
  });
};
