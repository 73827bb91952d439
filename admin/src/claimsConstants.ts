/** The claims desk's permissions, route and the values its selects offer (the server's enums). */
import type { ClaimStatus, Side } from '../../shared/contracts/snapshot';
import { PLUGIN_ID } from './pluginId';

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

export const CLAIM_STATUSES: ClaimStatus[] = ['unverified', 'disputed', 'denied', 'corroborated', 'confirmed', 'false', 'retracted'];
export const SIDES: Side[] = ['ukraine', 'russia', 'international', 'independent'];
export const ACTOR_KINDS = [
  'government',
  'military',
  'military-unit',
  'ministry',
  'osint-group',
  'think-tank',
  'analyst',
  'media',
  'official',
  'other',
] as const;
export const CLAIM_MEDIA = ['statement', 'video', 'social-post', 'interview', 'briefing', 'report', 'map', 'other'] as const;
export const CLAIM_SORTS = [
  'updatedAt:desc',
  'updatedAt:asc',
  'madeAt:desc',
  'madeAt:asc',
  'lastVerifiedAt:asc',
  'lastVerifiedAt:desc',
  'claimStatus:asc',
  'statement:asc',
] as const;

export type ActorKind = (typeof ACTOR_KINDS)[number];
export type ClaimMedium = (typeof CLAIM_MEDIA)[number];
export type ClaimSort = (typeof CLAIM_SORTS)[number];

export const CLAIMS_PAGE_SIZE = 25;
/** The server's default stale window, until a list response says otherwise. */
export const DEFAULT_STALE_HOURS = 48;
