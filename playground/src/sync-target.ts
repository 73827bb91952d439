import type { Core } from '@strapi/strapi';

const NAME = 'Reference site (development)';

/**
 * Development only: the reference site (examples/site) as a sync target. Its secret comes from
 * SITE_SECRET (`npm run develop` makes a fresh one per run and hands it to both), never from the
 * repository; the target follows SITE_SECRET and SITE_WEBHOOK_URL on every start.
 */
export async function ensureReferenceSiteTarget(strapi: Core.Strapi) {
  if (process.env.NODE_ENV === 'production' || process.env.PLAYGROUND_SYNC_TARGET === 'false') return;
  const secret = process.env.SITE_SECRET;
  if (!secret) {
    strapi.log.info('[playground] SITE_SECRET not set: no sync target for the reference site');
    return;
  }
  const sync = strapi.plugin('conflict-explainer').service('sync');
  const wanted = { url: process.env.SITE_WEBHOOK_URL || 'http://127.0.0.1:3000/webhooks/strapi', secret };
  const targets: { id: number; name: string }[] = await sync.listTargets();
  const existing = targets.find((target) => target.name === NAME);
  if (existing) {
    // Each run picks its own site port and secret: say where deliveries go now.
    await sync.updateTarget(existing.id, wanted);
    strapi.log.info(`[playground] sync target now posts to ${wanted.url} (the reference site)`);
    return;
  }
  if (targets.length > 0) return; // someone configured their own targets
  await sync.createTarget({ name: NAME, enabled: true, payloadMode: 'snapshot', ...wanted });
  strapi.log.info('[playground] sync target for the reference site created (development only)');
}
