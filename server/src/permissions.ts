import type { Core } from '@strapi/strapi';
import { ACTION_UIDS, actionId } from '../../shared/constants';
import { PLUGIN_ID } from './constants';

/** The plugin's RBAC actions; admin routes name them through admin::hasPermissions. */
export const ACTIONS = {
  readClaims: actionId('readClaims'),
  editClaims: actionId('editClaims'),
  changeClaimStatus: actionId('changeClaimStatus'),
  manageActors: actionId('manageActors'),
  readRevisions: actionId('readRevisions'),
  publishRevisions: actionId('publishRevisions'),
  restoreRevisions: actionId('restoreRevisions'),
  manageSync: actionId('manageSync'),
  settings: actionId('settings'),
} as const;

const actionDefinitions = [
  { uid: ACTION_UIDS.readClaims, displayName: 'Read claims', subCategory: 'Claims desk' },
  { uid: ACTION_UIDS.editClaims, displayName: 'Edit claims', subCategory: 'Claims desk' },
  { uid: ACTION_UIDS.changeClaimStatus, displayName: 'Change claim status', subCategory: 'Claims desk' },
  { uid: ACTION_UIDS.manageActors, displayName: 'Manage actors', subCategory: 'Claims desk' },
  { uid: ACTION_UIDS.readRevisions, displayName: 'Read revisions', subCategory: 'Revisions' },
  { uid: ACTION_UIDS.publishRevisions, displayName: 'Publish revisions', subCategory: 'Revisions' },
  { uid: ACTION_UIDS.restoreRevisions, displayName: 'Restore revisions', subCategory: 'Revisions' },
  { uid: ACTION_UIDS.manageSync, displayName: 'Manage sync', subCategory: 'Sync' },
  { uid: ACTION_UIDS.settings, displayName: 'Settings', subCategory: 'Settings' },
];

export const registerPermissionActions = async (strapi: Core.Strapi) => {
  await strapi
    .service('admin::permission')
    .actionProvider.registerMany(
      actionDefinitions.map((action) => ({ ...action, pluginName: PLUGIN_ID, section: 'plugins' }))
    );
};
