/**
 * The editorial audit log (the revision page's "Activity"): every publish, unpublish, restore, claim
 * status change, failing or dead delivery and sync settings change, with who and when. `detail`
 * carries what the admin shows and links to (claim, delivery, target ids), never secrets or notes
 * meant for one editor only.
 */
export const ACTIVITY_ACTIONS = [
  'revision.publish',
  'explainer.publish-unchanged',
  'explainer.unpublish',
  'explainer.delete',
  'revision.restore',
  'claim.status',
  'delivery.failed',
  'delivery.dead',
  'sync.target.create',
  'sync.target.update',
  'sync.target.delete',
] as const;

export type ActivityAction = (typeof ACTIVITY_ACTIONS)[number];

export interface ActivityItem {
  id: number;
  action: ActivityAction | string;
  explainerDocumentId: string | null;
  /** The edition it concerns (null: every edition, or none). */
  locale: string | null;
  revisionNumber: number | null;
  actorName: string | null;
  at: string;
  detail: ActivityDetail | null;
}

export interface ActivityDetail {
  /** revision.publish: the kind and the public note. */
  kind?: string;
  note?: string;
  /** claim.status */
  claimDocumentId?: string;
  statement?: string;
  from?: string | null;
  to?: string;
  reason?: string;
  /** delivery.failed / delivery.dead / sync.target.* */
  deliveryId?: number;
  targetId?: number;
  targetName?: string;
  error?: string | null;
  changed?: string[];
  [key: string]: unknown;
}
