import type { Core } from '@strapi/strapi';
import { applyContentManagerLabels } from './content-manager-labels';
import { backfillSummaries } from './middlewares/block-headers';
import { ensureIndexes } from './database/indexes';
import { fileUnlocalizedHistoryUnderDefaultLocale } from './editions/migrate';
import { installRawFastPath } from './middlewares/public-read';
import { registerPermissionActions } from './permissions';
import { getService } from './utils';

const bootstrap = async ({ strapi }: { strapi: Core.Strapi }) => {
  await registerPermissionActions(strapi);
  await fileUnlocalizedHistoryUnderDefaultLocale(strapi);
  await ensureIndexes(strapi);
  await applyContentManagerLabels(strapi);
  await backfillSummaries(strapi);
  installRawFastPath(strapi);
  getService('media').captureOnUpload();
  getService('sync').start();
  // Catches up at once: a claim that fell due while Strapi was down is alerted now (once).
  getService('alerts').start();
};

export default bootstrap;
