import { PLUGIN_ID } from './pluginId';

export const EXPLAINER_UID = `plugin::${PLUGIN_ID}.explainer`;

const permission = (action: string) => [
  { action: `plugin::${PLUGIN_ID}.${action}`, subject: null, id: '', actionParameters: {}, properties: {}, conditions: [] },
];

/** The plugin's RBAC actions as the admin checks them (the server registers the same uids). */
export const PERMISSIONS = {
  readRevisions: permission('revisions.read'),
  publishRevisions: permission('revisions.publish'),
  restoreRevisions: permission('revisions.restore'),
};

/** Where the plugin's menu page lives, and its routes. */
export const pluginPath = `/plugins/${PLUGIN_ID}`;
export const revisionsPath = (documentId: string) => `${pluginPath}/revisions/${encodeURIComponent(documentId)}`;
export const contentManagerPath = (documentId: string) => `/content-manager/collection-types/${EXPLAINER_UID}/${encodeURIComponent(documentId)}`;
/** A map's edit view in the Content Manager (its GeoJSON field lists the map's earlier versions). */
export const mapEditPath = (documentId: string) => `/content-manager/collection-types/plugin::${PLUGIN_ID}.map/${encodeURIComponent(documentId)}`;
