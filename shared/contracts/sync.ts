/** What a site receives (the body of each signed POST) and the admin's sync contracts. */
import type { ExplainerSnapshot } from './snapshot';

export const SYNC_EVENT_TYPE = 'explainer.revision.published';

export interface SyncPayload {
  type: typeof SYNC_EVENT_TYPE;
  /** Same as the `webhook-id` header: stable across retries of one delivery. */
  deliveryId: string;
  explainer: { documentId: string; slug: string };
  /** The site keeps the highest number it has applied and drops anything not newer. */
  revision: number;
  publishedAt: string;
  /** Present when the target's payload mode is "snapshot"; otherwise fetch it from the public API. */
  snapshot?: ExplainerSnapshot;
  snapshotUrl: string;
}

export type DeliveryState = 'pending' | 'delivering' | 'delivered' | 'dead';

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
  slug: string;
  revisionNumber: number;
  webhookId: string;
  state: DeliveryState;
  attempts: number;
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
  maxAttempts: number;
  /** Whether a secret is set; the secret itself is write-only. */
  hasSecret: boolean;
}
