export const PLUGIN_ID = 'conflict-explainer';

/** Model uids, one place for all of them. */
export const UID = {
  EXPLAINER: 'plugin::conflict-explainer.explainer',
  CLAIM: 'plugin::conflict-explainer.claim',
  CLAIM_STATUS_EVENT: 'plugin::conflict-explainer.claim-status-event',
  ACTOR: 'plugin::conflict-explainer.actor',
  MAP: 'plugin::conflict-explainer.map',
  MAP_VERSION: 'plugin::conflict-explainer.map-version',
  IMAGE_METADATA: 'plugin::conflict-explainer.image-metadata',
  REVISION: 'plugin::conflict-explainer.revision',
  PUBLICATION: 'plugin::conflict-explainer.publication',
  ACTIVITY: 'plugin::conflict-explainer.activity',
  SYNC_TARGET: 'plugin::conflict-explainer.sync-target',
  SYNC_DELIVERY: 'plugin::conflict-explainer.sync-delivery',
  ALERT_EVENT: 'plugin::conflict-explainer.alert-event',
} as const;

/** Component uids (plugins cannot ship components from files, so register() adds them). */
export const COMPONENT = {
  CREDITED_IMAGE: 'conflict-explainer.credited-image',
  SECTION_HEADING: 'conflict-explainer.section-heading',
  RICH_TEXT: 'conflict-explainer.rich-text',
  MAP_EMBED: 'conflict-explainer.map-embed',
  CLAIM_EMBED: 'conflict-explainer.claim-embed',
  QUOTE: 'conflict-explainer.quote',
} as const;

/** The claims' enumerations, shared with the admin. */
export { ACTOR_KINDS, CLAIM_MEDIA, CLAIM_SORTS, CLAIM_STATUSES, SIDES } from '../../shared/constants';
export type { ClaimStatus } from '../../shared/contracts/snapshot';

export const SITUATION_STATUSES = ['developing', 'settled'] as const;

export const IMAGE_SOURCE_KINDS = ['agency', 'handout', 'social-media', 'staff', 'other'] as const;

export { GEOMETRIES_BY_FEATURE_TYPE, MAP_FEATURE_TYPES, type MapFeatureType } from '../../shared/constants';

/** Upper bound on a stored GeoJSON document, in bytes of JSON. */
export const MAX_GEOJSON_BYTES = 512 * 1024;
