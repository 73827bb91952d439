/** GET /conflict-explainer/needs-checking: what the admin home page's widgets list (admin JWT). */
import type { ClaimStatus } from './snapshot';
import type { DeliveryKind } from './sync';

export type SituationStatus = 'developing' | 'settled';
export const NEEDS_CHECKING_LISTS = ['claims', 'maps', 'deliveries'] as const;
export type NeedsCheckingList = (typeof NEEDS_CHECKING_LISTS)[number];

/** A claim past its re-verification time under the status policy (`recheckHours`). */
export interface DueClaim {
  documentId: string;
  statement: string;
  claimStatus: ClaimStatus;
  lastVerifiedAt: string | null;
  dueAt: string;
  /** The policy's interval for this claim (hours) and the situation it was read under. */
  everyHours: number;
  situation: SituationStatus;
  /** A piece that tracks it (the claims desk row to open), null when none does. */
  explainer: { documentId: string; title: string } | null;
}

/** A map whose "as of" date is older than `mapMaxAgeDays`. */
export interface OldMap {
  documentId: string;
  title: string;
  asOf: string;
  ageDays: number;
}

/** A delivery retrying after failures, or dead. */
export interface FailingDelivery {
  id: number;
  state: 'pending' | 'dead';
  kind: DeliveryKind;
  targetId: number;
  targetName: string;
  slug: string;
  revisionNumber: number;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: string | null;
}

export interface NeedsCheckingSection<Item> {
  items: Item[];
  /** How many there are (items holds at most `limit`, most urgent first). */
  total: number;
}

/** Query: `list` (optional) asks for one list only. A list the editor may not see is null. */
export interface NeedsCheckingResponse {
  data: {
    checkedAt: string;
    claims: NeedsCheckingSection<DueClaim> | null;
    maps: (NeedsCheckingSection<OldMap> & { maxAgeDays: number }) | null;
    deliveries: NeedsCheckingSection<FailingDelivery> | null;
  };
}
