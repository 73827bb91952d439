/**
 * The enumerations the server and the admin share, one list each: the server's schemas and
 * validation accept these values, and the admin's selects, filters and previews offer them.
 */
import type { ClaimStatus, Side } from './contracts/snapshot';

export const PLUGIN_ID = 'conflict-explainer';

/**
 * The plugin's RBAC actions by name → uid. The server registers them as `plugin::conflict-explainer.<uid>`
 * and its admin routes require them; the admin's `useRBAC` checks the same ids (see `actionId`).
 */
export const ACTION_UIDS = {
  readClaims: 'claims.read',
  editClaims: 'claims.edit',
  changeClaimStatus: 'claims.change-status',
  manageActors: 'actors.manage',
  readRevisions: 'revisions.read',
  publishRevisions: 'revisions.publish',
  restoreRevisions: 'revisions.restore',
  manageSync: 'sync.manage',
  settings: 'settings',
} as const;
export type ActionName = keyof typeof ACTION_UIDS;

/** The full action id, as registered with Strapi and checked in admin::hasPermissions. */
export const actionId = <Name extends ActionName>(name: Name) => `plugin::${PLUGIN_ID}.${ACTION_UIDS[name]}` as const;

/** What a publish records: an ordinary update, a correction or a clarification (readers see which). */
export const REVISION_KINDS = ['update', 'correction', 'clarification'] as const;

/** How one claim may point at another; each kind also has its reverse side (contradictedBy, …). */
export const CLAIM_LINK_KINDS = ['contradicts', 'supports', 'updates'] as const;

export const CLAIM_STATUSES = ['unverified', 'disputed', 'denied', 'corroborated', 'confirmed', 'false', 'retracted'] as const satisfies readonly ClaimStatus[];

export const CLAIM_MEDIA = ['statement', 'video', 'social-post', 'interview', 'briefing', 'report', 'map', 'other'] as const;
export type ClaimMedium = (typeof CLAIM_MEDIA)[number];

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
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const SIDES = ['ukraine', 'russia', 'international', 'independent'] as const satisfies readonly Side[];

/** How the claims desk can order its list (`field:direction`). */
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
export type ClaimSort = (typeof CLAIM_SORTS)[number];

/** Feature types a map may carry, in the order the editor picks them; each has its own legend entry. */
export const MAP_FEATURE_TYPES = [
  'control-russian',
  'control-ukrainian',
  'control-contested',
  'front-line',
  'road',
  'rail',
  'settlement',
  'river',
  'border',
  'label',
] as const;
export type MapFeatureType = (typeof MAP_FEATURE_TYPES)[number];

export const isMapFeatureType = (value: unknown): value is MapFeatureType => (MAP_FEATURE_TYPES as readonly unknown[]).includes(value);

/** Which geometries each feature type may use, so the renderer and legend never guess. */
export const GEOMETRIES_BY_FEATURE_TYPE: Record<MapFeatureType, readonly string[]> = {
  'control-russian': ['Polygon', 'MultiPolygon'],
  'control-ukrainian': ['Polygon', 'MultiPolygon'],
  'control-contested': ['Polygon', 'MultiPolygon'],
  'front-line': ['LineString', 'MultiLineString'],
  road: ['LineString', 'MultiLineString'],
  rail: ['LineString', 'MultiLineString'],
  river: ['LineString', 'MultiLineString'],
  border: ['LineString', 'MultiLineString'],
  settlement: ['Point', 'MultiPoint'],
  label: ['Point'],
};
