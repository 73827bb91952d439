import type { Core } from '@strapi/strapi';

/** Development only: the reference site (examples/site) as a sync target, with its dev secret. */
export const DEV_SITE_SECRET = 'whsec_cGxheWdyb3VuZC1yZWZlcmVuY2Utc2l0ZS1zZWNyZXQ=';

export async function ensureReferenceSiteTarget(strapi: Core.Strapi) {
  if (process.env.NODE_ENV === 'production' || process.env.PLAYGROUND_SYNC_TARGET === 'false') return;
  const sync = strapi.plugin('conflict-explainer').service('sync');
  const targets = await sync.listTargets();
  if (targets.length > 0) return;
  await sync.createTarget({
    name: 'Reference site (development)',
    url: process.env.SITE_WEBHOOK_URL || 'http://127.0.0.1:3000/webhooks/strapi',
    enabled: true,
    payloadMode: 'snapshot',
    secret: DEV_SITE_SECRET,
  });
  strapi.log.info('[playground] sync target for the reference site created (development only)');
}
