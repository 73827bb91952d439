import type { Core } from '@strapi/strapi';
import { ensureDevelopmentAdmin } from './dev-admin';
import { seedPokrovsk } from './seed';
import { ensureReferenceSiteTarget } from './sync-target';

export default {
  register() {},
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // The target first, so the seed's first publish is delivered to the site too.
    await ensureReferenceSiteTarget(strapi);
    // The admin first: the seed verifies and publishes as that editor.
    await ensureDevelopmentAdmin(strapi);
    if (process.env.PLAYGROUND_SEED !== 'false') await seedPokrovsk(strapi);
  },
};
