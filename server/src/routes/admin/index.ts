import { ACTIONS } from '../../permissions';

const can = (...actions: string[]) => ({
  policies: ['admin::isAuthenticatedAdmin', { name: 'admin::hasPermissions', config: { actions } }],
});

const explainer = '/explainers/:documentId';

export default {
  type: 'admin' as const,
  routes: [
    { method: 'GET', path: `${explainer}/revision-status`, handler: 'revisions.status', config: can(ACTIONS.readRevisions) },
    { method: 'POST', path: `${explainer}/publish`, handler: 'revisions.publish', config: can(ACTIONS.publishRevisions) },
    { method: 'GET', path: `${explainer}/revisions`, handler: 'revisions.list', config: can(ACTIONS.readRevisions) },
    { method: 'GET', path: `${explainer}/revisions/compare`, handler: 'revisions.compare', config: can(ACTIONS.readRevisions) },
    { method: 'GET', path: `${explainer}/revisions/:number`, handler: 'revisions.findOne', config: can(ACTIONS.readRevisions) },
    { method: 'POST', path: `${explainer}/revisions/:number/restore`, handler: 'revisions.restore', config: can(ACTIONS.restoreRevisions) },
    { method: 'GET', path: `${explainer}/activities`, handler: 'revisions.activities', config: can(ACTIONS.readRevisions) },
  ],
};
