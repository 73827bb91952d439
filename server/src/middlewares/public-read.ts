import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { getPluginConfig } from '../config';
import { PLUGIN_ID } from '../constants';
import type { PublicHead } from '../services/publications';
import { getService } from '../utils';
import { sendJsonUnlessFresh } from '../utils/conditional-get';
import { isSlug } from '../validation/public';

/**
 * The readers' hot path, GET /api/conflict-explainer/explainers/:slug. The snapshot was rendered and
 * serialised once, at publish, so a read is: find the bytes, send them.
 * - A cache hit is answered on the raw HTTP server, before Koa and Strapi's request context (most of
 *   a read's cost once rendering is gone; measured in bench/).
 * - A miss goes through Koa, where the middleware below loads the head (one indexed lookup) and
 *   fills the cache. Invalid slugs and sub-resources fall through to the validated routes.
 */
const headersFor = (head: PublicHead, maxAge: number) => ({
  ETag: head.etag,
  'Last-Modified': head.lastModified,
  'Cache-Control': `public, max-age=${maxAge}, stale-while-revalidate=${maxAge * 4}`,
  'Access-Control-Allow-Origin': '*',
  'X-Content-Type-Options': 'nosniff',
  'X-Explainer-Revision': String(head.latestNumber),
});

const etagMatches = (header: string | undefined, etag: string) =>
  !!header && (header === etag || header === '*' || header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag));

export const registerPublicReadFastPath = (strapi: Core.Strapi) => {
  const prefix = () => `${(strapi.config.get('api.rest.prefix') as string) ?? '/api'}/${PLUGIN_ID}/explainers/`;

  // Cache misses: inside Koa, ahead of the rest of Strapi's middleware chain.
  strapi.server.use(async (ctx: Context, next: () => Promise<unknown>) => {
    if ((ctx.method !== 'GET' && ctx.method !== 'HEAD') || !ctx.path.startsWith(prefix())) return next();
    const slug = ctx.path.slice(prefix().length);
    const config = getPluginConfig(strapi);
    if (config.publicApiRequiresToken || !isSlug(slug)) return next();
    // Only `?locale=` is read here; any other query, or a locale that is not an edition, goes to the route (its 400).
    const { locale: asked, ...otherQuery } = ctx.query;
    if (Object.keys(otherQuery).length > 0) return next();
    const publications = getService('publications');
    let locale: string;
    try {
      locale = await publications.readerLocale(asked);
    } catch {
      return next();
    }
    const head = await publications.head(slug, locale);
    if (!head) return next();
    ctx.set(headersFor(head, config.publicMaxAge));
    sendJsonUnlessFresh(ctx, head.body);
  });
};

/**
 * `<slug>` (the default edition, once known) or `<slug>?locale=<code>`; any other query leaves the
 * locale unset, and the request goes through Koa. A locale with no cached head simply misses.
 */
const editionRequested = (rest: string, defaultLocale: string | undefined): [string, string | undefined] => {
  const question = rest.indexOf('?');
  if (question === -1) return [rest, defaultLocale];
  const match = /^locale=([A-Za-z0-9-]{1,20})$/.exec(rest.slice(question + 1));
  return [rest.slice(0, question), match ? match[1] : undefined];
};

/** Cache hits: in front of Koa on the HTTP server itself. Installed in bootstrap, once it exists. */
export const installRawFastPath = (strapi: Core.Strapi) => {
  const config = getPluginConfig(strapi);
  if (config.publicApiRequiresToken) return;
  const prefix = `${(strapi.config.get('api.rest.prefix') as string) ?? '/api'}/${PLUGIN_ID}/explainers/`;
  const publications = getService('publications');
  const server = strapi.server.httpServer;
  const koaListeners = server.listeners('request') as ((req: IncomingMessage, res: ServerResponse) => void)[];
  server.removeAllListeners('request');
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '';
    if ((req.method === 'GET' || req.method === 'HEAD') && url.startsWith(prefix)) {
      const [slug, locale] = editionRequested(url.slice(prefix.length), publications.knownDefaultLocale());
      const head = locale && isSlug(slug) ? publications.freshHead(slug, locale) : undefined;
      if (head) {
        const headers = headersFor(head, config.publicMaxAge);
        if (etagMatches(req.headers['if-none-match'], head.etag)) {
          res.writeHead(304, headers).end();
          return;
        }
        res.writeHead(200, { ...headers, 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': head.body.length });
        res.end(req.method === 'HEAD' ? undefined : head.body);
        return;
      }
    }
    for (const listener of koaListeners) listener.call(server, req, res);
  });
};
