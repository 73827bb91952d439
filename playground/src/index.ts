import type { Core } from '@strapi/strapi';
import { ensureDevelopmentAdmin } from './dev-admin';
import { seedPokrovsk } from './seed';

export default {
  register() {},
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    if (process.env.PLAYGROUND_SEED !== 'false') await seedPokrovsk(strapi);
    await ensureDevelopmentAdmin(strapi);
  },
};
