import type { Core } from '@strapi/strapi';

/** Development only: the reference site (examples/site) as a sync target, with its dev secret. */
export const DEV_SITE_SECRET = 'whsec_cGxheWdyb3VuZC1yZWZlcmVuY2Utc2l0ZS1zZWNyZXQ=';

const REFERENCE_SITE_TARGET = 'Reference site (development)';

export async function ensureReferenceSiteTarget(strapi: Core.Strapi) {
  if (process.env.NODE_ENV === 'production' || process.env.PLAYGROUND_SYNC_TARGET === 'false') return;
  const sync = strapi.plugin('conflict-explainer').service('sync');
  const url = process.env.SITE_WEBHOOK_URL || 'http://127.0.0.1:3000/webhooks/strapi';
  const targets = await sync.listTargets();
  // The target follows SITE_WEBHOOK_URL across restarts; targets an editor added are left alone.
  const ours = targets.find((target: { name: string }) => target.name === REFERENCE_SITE_TARGET);
  if (ours && ours.url !== url) {
    await sync.updateTarget(ours.id, { url });
    strapi.log.info(`[playground] reference site sync target now posts to ${url}`);
  }
  if (targets.length > 0) return;
  await sync.createTarget({
    name: REFERENCE_SITE_TARGET,
    url,
    enabled: true,
    payloadMode: 'snapshot',
    secret: DEV_SITE_SECRET,
  });
  strapi.log.info('[playground] sync target for the reference site created (development only)');
}
