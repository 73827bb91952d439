/** The claims desk's permissions, route and the values its selects offer (the server's enums, from shared/). */
import { PLUGIN_ID } from './pluginId';

export { ACTOR_KINDS, CLAIM_MEDIA, CLAIM_SORTS, CLAIM_STATUSES, SIDES, type ActorKind, type ClaimMedium, type ClaimSort } from '../../shared/constants';

const permission = (action: string) => [
  { action: `plugin::${PLUGIN_ID}.${action}`, subject: null, id: '', actionParameters: {}, properties: {}, conditions: [] },
];

/** useRBAC names them after the action's last part: canRead, canEdit, canChangeStatus, canManage. */
export const CLAIM_PERMISSIONS = {
  read: permission('claims.read'),
  edit: permission('claims.edit'),
  changeStatus: permission('claims.change-status'),
  manageActors: permission('actors.manage'),
};

export const claimsPath = `/plugins/${PLUGIN_ID}/claims`;

export const CLAIMS_PAGE_SIZE = 25;
/** The server's default stale window, until a list response says otherwise. */
export const DEFAULT_STALE_HOURS = 48;
