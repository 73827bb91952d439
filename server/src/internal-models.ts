import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './constants';

/** The plugin's bookkeeping models (sync targets, deliveries, revisions…): the schemas hide them from the Content Manager. */
export const internalModelUids = (strapi: Core.Strapi): string[] =>
  Object.entries(strapi.plugin(PLUGIN_ID).contentTypes)
    .filter(([, contentType]) => (contentType as any).pluginOptions?.['content-manager']?.visible === false)
    .map(([name]) => `plugin::${PLUGIN_ID}.${name}`);

/**
 * Hiding a model from the sidebar is not enough: the Content Manager still grants its read action
 * on every model, so a super admin could list sync targets (and their encrypted secrets) through
 * its API. Taking our internal models out of the Content Manager's actions before they register
 * means no role, super admin included, holds a permission on them there.
 */
export const keepInternalModelsOutOfContentManager = (strapi: Core.Strapi) => {
  const internal = new Set(internalModelUids(strapi));
  const { actionProvider } = strapi.service('admin::permission');
  actionProvider.hooks.willRegister.register(({ key, value }: { key: string; value: { subjects?: string[] } }) => {
    if (!key.startsWith('plugin::content-manager.explorer.') || !Array.isArray(value.subjects)) return;
    value.subjects = value.subjects.filter((uid) => !internal.has(uid));
  });
};
