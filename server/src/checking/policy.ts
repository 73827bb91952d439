import type { ClaimStatus } from '../../../shared/contracts/snapshot';
import type { SituationStatus } from '../../../shared/contracts/needs-checking';
import type { RecheckPolicy } from '../config';

const HOUR = 3600_000;

/** A claim's situation: developing while any piece that tracks it is, else settled (also for a claim no piece tracks). */
export const situationOf = (explainers: { situationStatus?: string | null }[]): SituationStatus =>
  explainers.some((e) => (e.situationStatus ?? 'developing') === 'developing') ? 'developing' : 'settled';

export type ClaimClock = { claimStatus: ClaimStatus; lastVerifiedAt: string | Date | null; createdAt: string | Date };

/**
 * When a claim is next due for re-verification: its last verification (or, never verified, its
 * creation) plus the policy's hours for its status in its situation. Null: never due.
 */
export const claimDueAt = (claim: ClaimClock, situation: SituationStatus, policy: RecheckPolicy): { dueAt: Date; everyHours: number } | null => {
  const everyHours = policy[situation][claim.claimStatus];
  if (everyHours == null) return null;
  const since = new Date(claim.lastVerifiedAt ?? claim.createdAt).getTime();
  return { dueAt: new Date(since + everyHours * HOUR), everyHours };
};

/** Whole days between an "as of" date (YYYY-MM-DD, UTC) and now. */
export const ageInDays = (asOf: string, now: number) => Math.floor((now - Date.parse(`${asOf.slice(0, 10)}T00:00:00Z`)) / (24 * HOUR));

/** The newest "as of" date that is too old: maps dated before this need checking. */
export const mapCutoff = (now: number, maxAgeDays: number) => new Date(now - maxAgeDays * 24 * HOUR).toISOString().slice(0, 10);
