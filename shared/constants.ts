/**
 * The claims' enumerations, one list each: the server's schemas and validation accept these values,
 * and the admin's selects and filters offer them.
 */
import type { ClaimStatus, Side } from './contracts/snapshot';

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
