import fs from 'fs';
import path from 'path';
import { DEFAULT_SITE_PREVIEW_URL } from '../src/site-preview';

/**
 * The plugin under development is this repository's root. Strapi reads this file both compiled
 * (playground/dist/config, for the server) and from source (playground/config, for the admin build),
 * so find the root by its package.json rather than by a fixed number of `..`.
 */
const pluginRoot = () => {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'strapi-plugin-conflict-explainer') return dir;
  }
  throw new Error('strapi-plugin-conflict-explainer not found above the playground');
};

export default ({ env }) => ({
  'conflict-explainer': {
    enabled: true,
    resolve: pluginRoot(),
    config: {
      siteArticleUrl: env('SITE_ARTICLE_URL', 'http://localhost:3000/{locale/}explainers/{slug}'),
      syncPollMs: env.int('CE_SYNC_POLL_MS', 1000),
      syncLeaseMs: env.int('CE_SYNC_LEASE_MS', 30000),
      retryBaseMs: env.int('CE_RETRY_BASE_MS', 1000),
      retryMaxMs: env.int('CE_RETRY_MAX_MS', 300000),
      retryForMs: env.int('CE_RETRY_FOR_MS', 24 * 60 * 60 * 1000),
      syncWorker: env.bool('CE_SYNC_WORKER', true),
      // e.g. CE_CONTENT_TYPE_NAMES='{"claim":"Claim"}' renames the plugin's types in the Content Manager.
      contentTypeNames: env.json('CE_CONTENT_TYPE_NAMES', {}),
      editorNamesInApi: env.bool('CE_EDITOR_NAMES_IN_API', false),
      // The reference site's draft preview page (Strapi's Preview, configured in config/admin.ts).
      previewUrl: env('SITE_PREVIEW_URL', DEFAULT_SITE_PREVIEW_URL),
      previewTokenTtlMs: env.int('CE_PREVIEW_TOKEN_TTL_MS', 10 * 60 * 1000),
      // e.g. CE_RECHECK_HOURS='{"developing":{"disputed":12}}': hours between re-verifications per status.
      recheckHours: env.json('CE_RECHECK_HOURS', {}),
      mapMaxAgeDays: env.float('CE_MAP_MAX_AGE_DAYS', 7),
      alertScanMs: env.int('CE_ALERT_SCAN_MS', 60000),
    },
  },
});
