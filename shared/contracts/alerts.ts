/** Editors' alerts: the JSON POST an alert target receives, and the Alerts settings routes. */

export const ALERT_TYPE = 'conflict-explainer.alert';
export type AlertKind = 'claim-due' | 'delivery-dead' | 'test';

/**
 * The body of each alert (signed like a sync delivery: webhook-id, webhook-timestamp,
 * webhook-signature). `text` is a sentence a chat tool's incoming webhook shows as it is.
 */
export interface AlertPayload {
  type: typeof ALERT_TYPE;
  /** Same as the `webhook-id` header: stable across retries of this alert. */
  deliveryId: string;
  /** The event's key: one alert per key, ever (e.g. `claim-due:<documentId>:<last verified>`). */
  eventId: string;
  kind: AlertKind;
  occurredAt: string;
  text: string;
  /** Where an editor fixes it, in the admin (absolute when Strapi knows its public URL). */
  link: string;
  claim?: { documentId: string; statement: string; claimStatus: string; lastVerifiedAt: string | null; dueAt: string; everyHours: number; situation: string };
  delivery?: { id: number; targetName: string; slug: string; revisionNumber: number; kind: string; attempts: number; lastError: string | null };
}

/** GET /conflict-explainer/alerts/target: the alert target, without its secret (null: none set). */
export interface AlertTargetView {
  url: string;
  enabled: boolean;
  hasSecret: boolean;
  /** When the target was first set: claims that fell due before this are not alerted (no flood of old news). */
  alertsSince: string;
}

/** PUT /conflict-explainer/alerts/target. The secret is required the first time; absent later, it is kept. */
export interface AlertTargetInput {
  url?: string;
  secret?: string;
  enabled?: boolean;
}

export interface AlertTargetResponse {
  data: AlertTargetView | null;
}
