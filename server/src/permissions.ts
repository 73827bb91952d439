import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from './constants';

/** The plugin's RBAC actions; admin routes name them through admin::hasPermissions. */
export const ACTIONS = {
  readClaims: `plugin::${PLUGIN_ID}.claims.read`,
  editClaims: `plugin::${PLUGIN_ID}.claims.edit`,
  changeClaimStatus: `plugin::${PLUGIN_ID}.claims.change-status`,
  manageActors: `plugin::${PLUGIN_ID}.actors.manage`,
  readRevisions: `plugin::${PLUGIN_ID}.revisions.read`,
  publishRevisions: `plugin::${PLUGIN_ID}.revisions.publish`,
  restoreRevisions: `plugin::${PLUGIN_ID}.revisions.restore`,
  manageSync: `plugin::${PLUGIN_ID}.sync.manage`,
  settings: `plugin::${PLUGIN_ID}.settings`,
} as const;

const actionDefinitions = [
  { uid: 'claims.read', displayName: 'Read claims', subCategory: 'Claims desk' },
  { uid: 'claims.edit', displayName: 'Edit claims', subCategory: 'Claims desk' },
  { uid: 'claims.change-status', displayName: 'Change claim status', subCategory: 'Claims desk' },
  { uid: 'actors.manage', displayName: 'Manage actors', subCategory: 'Claims desk' },
  { uid: 'revisions.read', displayName: 'Read revisions', subCategory: 'Revisions' },
  { uid: 'revisions.publish', displayName: 'Publish revisions', subCategory: 'Revisions' },
  { uid: 'revisions.restore', displayName: 'Restore revisions', subCategory: 'Revisions' },
  { uid: 'sync.manage', displayName: 'Manage sync', subCategory: 'Sync' },
  { uid: 'settings', displayName: 'Settings', subCategory: 'Settings' },
];

export const registerPermissionActions = async (strapi: Core.Strapi) => {
  await strapi
    .service('admin::permission')
    .actionProvider.registerMany(
      actionDefinitions.map((action) => ({ ...action, pluginName: PLUGIN_ID, section: 'plugins' }))
    );
};
