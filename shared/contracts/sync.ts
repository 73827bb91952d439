/** What a site receives (the body of each signed POST) and the admin's sync contracts. */
import type { ExplainerSnapshot } from './snapshot';

export const SYNC_EVENT_TYPE = 'explainer.revision.published';
export const SYNC_REMOVAL_TYPE = 'explainer.removed';
export const SYNC_STATE_REQUEST_TYPE = 'explainer.state.requested';

export interface SyncPayload {
  type: typeof SYNC_EVENT_TYPE;
  /** Same as the `webhook-id` header: stable across retries of one delivery. */
  deliveryId: string;
  /**
   * `locale`: the edition this revision belongs to (absent from CMS versions before editions: the
   * default edition). Each (explainer, locale) is its own stream: ordered, hash-chained and reset
   * on its own, so an English r5 and a Ukrainian r2 never block or reset each other.
   */
  explainer: { documentId: string; slug: string; locale?: string };
  /** Numbers count per document and edition, from 1. */
  revision: number;
  /** This revision's content hash (the snapshot's `revision.contentHash`). */
  hash: string;
  /**
   * The hash chain: the content hash of revision `revision - 1` of the same document and edition
   * (null for its first revision). A site applies revision N only when it holds N-1 with this hash.
   */
  previousHash: string | null;
  /**
   * The CMS's whole current state for this explainer: replace whatever is held (sent after the site
   * answered "gap", on a republish after an unpublish, and by reconciliation).
   */
  reset: boolean;
  publishedAt: string;
  /** Present when the target's payload mode is "snapshot"; otherwise fetch it from the public API. */
  snapshot?: ExplainerSnapshot;
  snapshotUrl: string;
}

/**
 * One edition of the explainer was unpublished or deleted: the site takes that edition's page down
 * (if it holds that document); its other editions stay. No `locale`: the default edition.
 */
export interface SyncRemovalPayload {
  type: typeof SYNC_REMOVAL_TYPE;
  deliveryId: string;
  explainer: { documentId: string; slug: string; locale?: string };
  reason: 'unpublished' | 'deleted' | 'reconciled';
}

/** Reconciliation asks the site what it holds (signed like a delivery); the site answers SiteState. */
export interface SyncStateRequest {
  type: typeof SYNC_STATE_REQUEST_TYPE;
  requestId: string;
}

export type SyncEvent = SyncPayload | SyncRemovalPayload | SyncStateRequest;

/** What a site holds for one slug and edition (no `locale`: the default edition, as older sites answer). */
export interface SiteHeld {
  slug: string;
  locale?: string;
  documentId: string;
  revision: number;
  hash: string;
}

export interface SiteState {
  explainers: SiteHeld[];
}

/**
 * The site's answer to a delivery. 2xx: handled (applied or knowingly ignored). 409 with reason
 * "gap": it does not hold the previous revision; the CMS then sends the same revision as a reset.
 */
export interface SiteAnswer {
  applied: boolean;
  reason?: 'duplicate' | 'stale' | 'gap' | 'not-held' | 'removed' | 'bad slug' | 'snapshot mismatch';
  holds?: Omit<SiteHeld, 'slug'> | null;
}

export type DeliveryState = 'pending' | 'delivering' | 'delivered' | 'dead';
/** 'alert': an editors' alert to the alert target (services/alerts), through the same outbox. */
export type DeliveryKind = 'revision' | 'reset' | 'removal' | 'alert';

export interface DeliveryAttempt {
  at: string;
  status: number | null;
  error: string | null;
  durationMs: number;
}

export interface DeliveryView {
  id: number;
  targetId: number;
  targetName: string;
  kind: DeliveryKind;
  slug: string;
  /** The edition's stream (null: an alert). */
  locale: string | null;
  revisionNumber: number;
  webhookId: string;
  state: DeliveryState;
  attempts: number;
  /** Pending: the next retry. Dead: when the worker next probes the target (dead deliveries keep being tried). */
  nextAttemptAt: string | null;
  lastStatus: number | null;
  lastError: string | null;
  deliveredAt: string | null;
  attemptLog: DeliveryAttempt[];
}

export interface TargetView {
  id: number;
  name: string;
  url: string;
  enabled: boolean;
  payloadMode: 'snapshot' | 'event';
  revalidateUrl: string | null;
  timeoutMs: number;
  /** Attempts before a delivery is dead; null: the plugin's time-based schedule (retryForMs) decides. */
  maxAttempts: number | null;
  /** Whether a secret is set; the secret itself is write-only. */
  hasSecret: boolean;
}

/** What reconciliation found at a target and what it queued to put right. */
export interface ReconcileReport {
  targetId: number;
  /** Editions (slug and locale) live in the CMS or held by the site. */
  checked: number;
  inSync: number;
  /** Latest revision of an edition re-sent (as a reset), with why. */
  resent: { slug: string; locale: string; documentId: string; revision: number; reason: 'missing' | 'other document' | 'behind' | 'differs' }[];
  /** Editions the site holds that the CMS does not publish: a removal was queued. */
  removed: { slug: string; locale: string; documentId: string }[];
  /** Editions with deliveries still owed, left to the outbox: the slug, prefixed `<locale>/` for other than the default. */
  pending: string[];
}
