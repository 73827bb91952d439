/** Admin API contracts for the claims desk (one namespace per endpoint). */
import type { CLAIM_LINK_KINDS, ClaimSort } from '../constants';
import type { ClaimStatus, Side } from './snapshot';

export type LinkKind = (typeof CLAIM_LINK_KINDS)[number];

export interface DeskActor {
  documentId: string;
  name: string;
  kind: string;
  side: Side;
  affiliation: string | null;
}

export interface DeskClaimRef {
  documentId: string;
  statement: string;
  claimStatus: ClaimStatus;
}

export interface DeskClaim {
  documentId: string;
  statement: string;
  claimStatus: ClaimStatus;
  medium: string;
  sourceUrl: string | null;
  madeAt: string | null;
  lastVerifiedAt: string | null;
  updatedAt: string;
  version: number;
  lastEditedBy: string | null;
  internalNote: string | null;
  claimant: DeskActor | null;
  links: Record<'contradicts' | 'contradictedBy' | 'supports' | 'supportedBy' | 'updates' | 'updatedByClaims', DeskClaimRef[]>;
  /** Not verified within the stale window (or never). */
  stale: boolean;
  /** Saved after the explainer's latest revision was published. */
  changedSincePublish: boolean;
}

export interface StatusEvent {
  fromStatus: ClaimStatus | null;
  toStatus: ClaimStatus;
  reason: string;
  changedByName: string | null;
  changedAt: string;
}

export namespace ListClaims {
  export interface Query {
    explainer?: string;
    status?: ClaimStatus | ClaimStatus[];
    actor?: string;
    side?: Side;
    /** Only claims not verified for this many hours. */
    staleHours?: number;
    changedSincePublish?: boolean;
    search?: string;
    sort?: ClaimSort;
    page?: number;
    pageSize?: number;
  }
  export interface Response {
    data: DeskClaim[];
    meta: { pagination: { page: number; pageSize: number; total: number; pageCount: number }; staleHours: number; latestRevision: number | null };
  }
}

export namespace GetClaim {
  export interface Response {
    data: DeskClaim & { history: StatusEvent[] };
  }
}

export namespace CreateClaim {
  export interface Request {
    explainer: string;
    statement: string;
    claimant?: string;
    newActor?: { name: string; kind: string; side: Side; affiliation?: string; url?: string };
    medium?: string;
    sourceUrl?: string | null;
    madeAt?: string | null;
    claimStatus?: ClaimStatus;
    internalNote?: string | null;
  }
}

export namespace UpdateClaim {
  export interface Request {
    version: number;
    statement?: string;
    claimant?: string;
    medium?: string;
    sourceUrl?: string | null;
    madeAt?: string | null;
    internalNote?: string | null;
  }
}

export namespace ChangeStatus {
  export interface Request {
    version: number;
    status: ClaimStatus;
    reason: string;
  }
}

/** The body of a 409: the claim as it is now, and who saved it. */
export interface ConflictDetails {
  current: DeskClaim;
  changedBy: string | null;
  yourVersion: number;
}
