import { PLUGIN_ID, UID } from '../../constants';
import { ACTIONS } from '../../permissions';
import type { PermissionRequirement } from '../../policies';

const can = (...actions: string[]) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions } }],
});

/** Allowed with the action, its conditions judged on the explainer, claim or map the path names. */
const canOn = (model: 'EXPLAINER' | 'CLAIM' | 'MAP', action: string) => ({
  policies: [...can(action).policies, { name: `plugin::${PLUGIN_ID}.can-on-document`, config: { action, model: UID[model] } }],
});

/** Allowed with any one of the actions. */
const canAny = (...actions: PermissionRequirement[]) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: `plugin::${PLUGIN_ID}.has-any-permission`, config: { actions } }],
});

/** Whoever may draw a map in the Content Manager may have it checked while drawing. */
const canEditMaps = canAny(
  { action: 'plugin::content-manager.explorer.create', subject: UID.MAP },
  { action: 'plugin::content-manager.explorer.update', subject: UID.MAP }
);

/** Whoever may open an explainer in the Content Manager may preview its draft. */
const canReadExplainers = canAny({ action: 'plugin::content-manager.explorer.read', subject: UID.EXPLAINER });

const explainer = '/explainers/:documentId';
const claim = '/claims/:documentId';

export default {
  type: 'admin' as const,
  routes: [
    { method: 'GET', path: '/explainers', handler: 'explainers.list', config: canAny(ACTIONS.readRevisions, ACTIONS.readClaims) },
    { method: 'GET', path: `${explainer}/revision-status`, handler: 'revisions.status', config: canOn('EXPLAINER', ACTIONS.readRevisions) },
    { method: 'POST', path: `${explainer}/publish`, handler: 'revisions.publish', config: canOn('EXPLAINER', ACTIONS.publishRevisions) },
    { method: 'PUT', path: `${explainer}/publish-intent`, handler: 'revisions.stageIntent', config: canOn('EXPLAINER', ACTIONS.publishRevisions) },
    { method: 'DELETE', path: `${explainer}/publish-intent`, handler: 'revisions.clearIntent', config: canOn('EXPLAINER', ACTIONS.publishRevisions) },
    { method: 'GET', path: `${explainer}/revisions`, handler: 'revisions.list', config: canOn('EXPLAINER', ACTIONS.readRevisions) },
    { method: 'GET', path: `${explainer}/revisions/compare`, handler: 'revisions.compare', config: canOn('EXPLAINER', ACTIONS.readRevisions) },
    { method: 'GET', path: `${explainer}/revisions/:number`, handler: 'revisions.findOne', config: canOn('EXPLAINER', ACTIONS.readRevisions) },
    { method: 'GET', path: `${explainer}/revisions/:number/restore-preview`, handler: 'revisions.restorePreview', config: canOn('EXPLAINER', ACTIONS.restoreRevisions) },
    { method: 'POST', path: `${explainer}/revisions/:number/restore`, handler: 'revisions.restore', config: canOn('EXPLAINER', ACTIONS.restoreRevisions) },
    { method: 'GET', path: '/claims', handler: 'claims-desk.list', config: can(ACTIONS.readClaims) },
    { method: 'POST', path: '/claims', handler: 'claims-desk.create', config: can(ACTIONS.editClaims) },
    { method: 'GET', path: `${claim}`, handler: 'claims-desk.findOne', config: canOn('CLAIM', ACTIONS.readClaims) },
    { method: 'PUT', path: `${claim}`, handler: 'claims-desk.update', config: canOn('CLAIM', ACTIONS.editClaims) },
    { method: 'POST', path: `${claim}/status`, handler: 'claims-desk.changeStatus', config: canOn('CLAIM', ACTIONS.changeClaimStatus) },
    { method: 'POST', path: `${claim}/verify`, handler: 'claims-desk.markVerified', config: canOn('CLAIM', ACTIONS.editClaims) },
    { method: 'POST', path: `${claim}/links`, handler: 'claims-desk.link', config: canOn('CLAIM', ACTIONS.editClaims) },
    { method: 'DELETE', path: `${claim}/links/:kind/:target`, handler: 'claims-desk.unlink', config: canOn('CLAIM', ACTIONS.editClaims) },
    { method: 'GET', path: '/actors', handler: 'claims-desk.listActors', config: can(ACTIONS.readClaims) },
    { method: 'POST', path: '/actors', handler: 'claims-desk.createActor', config: can(ACTIONS.manageActors) },
    { method: 'GET', path: '/sync/targets', handler: 'sync.listTargets', config: can(ACTIONS.manageSync) },
    { method: 'POST', path: '/sync/targets', handler: 'sync.createTarget', config: can(ACTIONS.manageSync) },
    { method: 'PUT', path: '/sync/targets/:id', handler: 'sync.updateTarget', config: can(ACTIONS.manageSync) },
    { method: 'DELETE', path: '/sync/targets/:id', handler: 'sync.deleteTarget', config: can(ACTIONS.manageSync) },
    { method: 'POST', path: '/sync/targets/:id/reconcile', handler: 'sync.reconcile', config: can(ACTIONS.manageSync) },
    { method: 'GET', path: '/sync/deliveries', handler: 'sync.listDeliveries', config: can(ACTIONS.manageSync) },
    { method: 'POST', path: '/sync/deliveries/:id/retry', handler: 'sync.retry', config: can(ACTIONS.manageSync) },
    { method: 'GET', path: `${explainer}/sync-state`, handler: 'sync.explainerState', config: canOn('EXPLAINER', ACTIONS.readRevisions) },
    { method: 'GET', path: '/media/:id/metadata', handler: 'media.metadata', config: can('plugin::upload.read') },
    { method: 'POST', path: '/media/:id/strip-location', handler: 'media.stripLocation', config: can('plugin::upload.assets.update') },
    { method: 'POST', path: '/media/:id/keep-location', handler: 'media.keepLocation', config: can('plugin::upload.assets.update') },
    { method: 'POST', path: '/maps/validate', handler: 'maps.validate', config: canEditMaps },
    { method: 'GET', path: '/maps/:documentId/versions', handler: 'maps.versions', config: canOn('MAP', ACTIONS.readRevisions) },
    { method: 'POST', path: `${explainer}/preview-token`, handler: 'preview.mint', config: canReadExplainers },
    // The home page's "What needs checking": each list only to those who may act on it (controllers/needs-checking.ts).
    {
      method: 'GET',
      path: '/needs-checking',
      handler: 'needs-checking.overview',
      config: canAny(ACTIONS.readClaims, ACTIONS.manageSync, { action: 'plugin::content-manager.explorer.read', subject: UID.MAP }),
    },
    { method: 'GET', path: '/alerts/target', handler: 'alerts.getTarget', config: can(ACTIONS.settings) },
    { method: 'PUT', path: '/alerts/target', handler: 'alerts.saveTarget', config: can(ACTIONS.settings) },
    { method: 'POST', path: '/alerts/test', handler: 'alerts.test', config: can(ACTIONS.settings) },
    { method: 'GET', path: `${explainer}/translation-drift`, handler: 'revisions.drift', config: canOn('EXPLAINER', ACTIONS.readRevisions) },
    { method: 'GET', path: `${explainer}/activities`, handler: 'revisions.activities', config: canOn('EXPLAINER', ACTIONS.readRevisions) },
  ],
};
