import path from 'path';

export default ({ env }) => ({
  // The plugin under development: this repository's root (its build in ../dist).
  'conflict-explainer': {
    enabled: true,
    resolve: path.resolve(__dirname, '..', '..', '..'),
    config: {
      siteArticleUrl: env('SITE_ARTICLE_URL', 'http://localhost:3000/explainers/{slug}'),
      syncPollMs: env.int('CE_SYNC_POLL_MS', 1000),
      syncLeaseMs: env.int('CE_SYNC_LEASE_MS', 30000),
      retryBaseMs: env.int('CE_RETRY_BASE_MS', 1000),
      retryMaxMs: env.int('CE_RETRY_MAX_MS', 300000),
      syncWorker: env.bool('CE_SYNC_WORKER', true),
    },
  },
});
