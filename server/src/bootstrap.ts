import type { Core } from '@strapi/strapi';
import { ensureIndexes } from './database/indexes';
import { registerPermissionActions } from './permissions';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPermissionActions(strapi);
  await ensureIndexes(strapi);
};

export default bootstrap;
