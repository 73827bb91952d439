/** The sync admin routes' requests and responses (under /conflict-explainer/sync, with the editor's admin JWT). */
import type { DeliveryState, DeliveryView, ReconcileReport, TargetView } from './sync';

export type PayloadMode = TargetView['payloadMode'];

/** POST /sync/targets and PUT /sync/targets/:id. On update every field is optional; an absent secret keeps the current one. */
export interface TargetInput {
  name?: string;
  url?: string;
  secret?: string;
  enabled?: boolean;
  payloadMode?: PayloadMode;
  revalidateUrl?: string | null;
  timeoutMs?: number;
  /** null: the plugin's time-based retry schedule decides when a delivery is dead. */
  maxAttempts?: number | null;
}

/** GET /sync/deliveries: its query string. */
export interface DeliveriesQuery {
  state?: DeliveryState;
  targetId?: number;
  explainerDocumentId?: string;
  page?: number;
  pageSize?: number;
}

/** GET /sync/deliveries: one page, newest first. */
export interface DeliveriesPage {
  data: DeliveryView[];
  meta: { pagination: { page: number; pageSize: number; total: number } };
}

/** GET /sync/targets, POST/PUT a target, POST /sync/deliveries/:id/retry, GET /explainers/:id/sync-state. */
export interface TargetsResponse {
  data: TargetView[];
}
export interface TargetResponse {
  data: TargetView;
}
export interface RetryResponse {
  data: DeliveryView;
}
/** POST /sync/targets/:id/reconcile. */
export interface ReconcileResponse {
  data: ReconcileReport;
}
export interface SyncStateResponse {
  /** Deliveries of the explainer's revisions, newest first. */
  data: DeliveryView[];
}
