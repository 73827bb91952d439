/** The admin's constants in one place: model uids, RBAC checks, routes, page sizes and refresh rates. */
import { actionId, type ActionName } from '../../shared/constants';
import { PLUGIN_ID } from './pluginId';

export {
  ACTOR_KINDS,
  CLAIM_LINK_KINDS,
  CLAIM_MEDIA,
  CLAIM_SORTS,
  CLAIM_STATUSES,
  REVISION_KINDS,
  SIDES,
  type ActorKind,
  type ClaimMedium,
  type ClaimSort,
} from '../../shared/constants';

export const EXPLAINER_UID = `plugin::${PLUGIN_ID}.explainer`;

/** One action as `useRBAC` and menu links expect it (`useRBAC` names it `can<LastPart>`). */
const permission = (name: ActionName) => [
  { action: actionId(name), subject: null, id: '', actionParameters: {}, properties: {}, conditions: [] },
];

export const PERMISSIONS = {
  readRevisions: permission('readRevisions'),
  publishRevisions: permission('publishRevisions'),
  restoreRevisions: permission('restoreRevisions'),
};

/** useRBAC names them after the action's last part: canRead, canEdit, canChangeStatus, canManage. */
export const CLAIM_PERMISSIONS = {
  read: permission('readClaims'),
  edit: permission('editClaims'),
  changeStatus: permission('changeClaimStatus'),
  manageActors: permission('manageActors'),
};

/** Reading maps in the Content Manager (the home page's old-maps widget). */
export const MAP_READ_PERMISSIONS = [
  { action: 'plugin::content-manager.explorer.read', subject: `plugin::${PLUGIN_ID}.map`, id: '', actionParameters: {}, properties: {}, conditions: [] },
];

/** The plugin's Settings action: the Alerts settings page. */
export const SETTINGS_PERMISSIONS = permission('settings');
export const ALERTS_SETTINGS_ID = `${PLUGIN_ID}-alerts`;

export const SYNC_PERMISSIONS = {
  manage: permission('manageSync'),
};

/** Where the plugin's menu page lives, and its routes. */
export const pluginPath = `/plugins/${PLUGIN_ID}`;
export const claimsPath = `${pluginPath}/claims`;
const withLocale = (path: string, locale?: string) => (locale ? `${path}?locale=${encodeURIComponent(locale)}` : path);
export const revisionsPath = (documentId: string, locale?: string) => withLocale(`${pluginPath}/revisions/${encodeURIComponent(documentId)}`, locale);
/** What an edition has to carry over from the source edition. */
export const driftPath = (documentId: string, locale?: string) => withLocale(`${pluginPath}/translation/${encodeURIComponent(documentId)}`, locale);
export const contentManagerPath = (documentId: string, locale?: string) =>
  `/content-manager/collection-types/${EXPLAINER_UID}/${encodeURIComponent(documentId)}${locale ? `?plugins[i18n][locale]=${encodeURIComponent(locale)}` : ''}`;
/** A map's edit view in the Content Manager (its GeoJSON field lists the map's earlier versions). */
export const mapEditPath = (documentId: string) => `/content-manager/collection-types/plugin::${PLUGIN_ID}.map/${encodeURIComponent(documentId)}`;

/** The Sync settings page: `/settings/<SYNC_SETTINGS_ID>`, guarded by "manage sync". */
export const SYNC_SETTINGS_ID = `${PLUGIN_ID}-sync`;
export const syncSettingsPath = `/settings/${SYNC_SETTINGS_ID}`;

export const CLAIMS_PAGE_SIZE = 25;
/** The server's default stale window, until a list response says otherwise. */
export const DEFAULT_STALE_HOURS = 48;
/** How often the open settings page and a panel with deliveries in flight look again (ms). */
export const SYNC_REFRESH_MS = 5000;
