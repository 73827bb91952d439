import type { Core } from '@strapi/strapi';
import { getPluginConfig } from '../../config';
import { PLUGIN_ID } from '../../constants';
import { manageRoutes } from './manage';

/** Readers' routes: public like a site's pages unless `publicApiRequiresToken` is set. */
const publicRoutes = [
  { method: 'GET', path: '/explainers', handler: 'public.find', config: { auth: false as const } },
  { method: 'GET', path: '/explainers/:slug', handler: 'public.findOne', config: { auth: false as const } },
  { method: 'GET', path: '/explainers/:slug/editions', handler: 'public.editions', config: { auth: false as const } },
  { method: 'GET', path: '/explainers/:slug/revisions', handler: 'public.changelog', config: { auth: false as const } },
  { method: 'GET', path: '/explainers/:slug/revisions/:number', handler: 'public.revision', config: { auth: false as const } },
];

/** A site's draft preview: no API token, but a preview token in `x-preview-token` (services/preview.ts). */
const previewRoutes = [{ method: 'GET', path: '/preview/draft', handler: 'preview.draft', config: { auth: false as const } }];

export default {
  type: 'content-api' as const,
  routes: [...publicRoutes, ...previewRoutes, ...manageRoutes] as any[],
};

/** Runs in register(), once the plugin's config is known. */
export const applyPublicApiAuth = (strapi: Core.Strapi) => {
  if (!getPluginConfig(strapi).publicApiRequiresToken) return;
  const routes = (strapi.plugin(PLUGIN_ID).routes as Record<string, { routes: any[] }>)['content-api'].routes;
  for (const route of routes) if (route.handler.startsWith('public.')) delete route.config.auth;
};
