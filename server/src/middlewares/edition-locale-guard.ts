import type { Core } from '@strapi/strapi';
import type { Context, Next } from 'koa';
import { PLUGIN_ID } from '../constants';
import { ALL_LOCALES, resolveLocale } from '../editions/locales';

const CONTENT_MANAGER_PATH = new RegExp(`^/content-manager/(collection-types|single-types)/plugin::${PLUGIN_ID}\\.(explainer|claim|actor|map)(/|$)`);

const decodedPath = (ctx: Context) => {
  try {
    return decodeURIComponent(ctx.path);
  } catch {
    return ctx.path;
  }
};

/** The plugin's own routes and the Content Manager's routes for the plugin's types. */
const namesAnEdition = (strapi: Core.Strapi, path: string) => {
  const restPrefix = (strapi.config.get('api.rest.prefix') as string) ?? '/api';
  return CONTENT_MANAGER_PATH.test(path) || path.startsWith(`${restPrefix}/${PLUGIN_ID}/`) || path.startsWith(`/${PLUGIN_ID}/`);
};

/**
 * An unknown or disabled `locale` on a route that reads or writes an edition is a 400 naming `locale`
 * before the route runs (Strapi's i18n would answer "This locale doesn't exist" for some routes and
 * quietly use it for others). The Document Service gate (edition-writes.ts) covers scripts.
 */
const refuseUnknownLocale = (_config: unknown, { strapi }: { strapi: Core.Strapi }) => async (ctx: Context, next: Next) => {
  const path = decodedPath(ctx);
  if (!namesAnEdition(strapi, path)) return next();
  const body = (ctx.request as { body?: unknown }).body;
  const fromBody = ctx.method !== 'GET' && typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as { locale?: unknown }).locale : undefined;
  // Deleting or bulk-acting on every edition is Strapi's `*`.
  const allowAll = ctx.method === 'DELETE' || path.includes('/actions/');
  for (const value of [ctx.query.locale, fromBody]) {
    if (value === undefined || (allowAll && value === ALL_LOCALES)) continue;
    await resolveLocale(strapi, value);
  }
  await next();
};

export const editionLocaleMiddlewares = { 'refuse-unknown-locale': refuseUnknownLocale };
