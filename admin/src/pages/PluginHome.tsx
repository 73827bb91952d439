import { Page, useRBAC } from '@strapi/strapi/admin';
import { Navigate } from 'react-router-dom';
import { CLAIM_PERMISSIONS, claimsPath, PERMISSIONS } from '../constants';
import { ProtectedExplainersPage } from './ExplainersPage';

/**
 * Where the menu lands: the explainers (with their revisions and a way to the claims desk); an editor
 * who may read claims but not revisions goes straight to the claims desk.
 */
export const PluginHome = () => {
  // Two checks: both actions end in ".read", which useRBAC would name alike (canRead).
  const revisions = useRBAC(PERMISSIONS.readRevisions);
  const claims = useRBAC(CLAIM_PERMISSIONS.read);
  if (revisions.isLoading || claims.isLoading) return <Page.Loading />;
  if (!revisions.allowedActions.canRead && claims.allowedActions.canRead) return <Navigate to={claimsPath} replace />;
  return <ProtectedExplainersPage />;
};
