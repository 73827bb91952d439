import type { Core } from '@strapi/strapi';
import type { ActivityAction } from '../../../shared/contracts/activity';
import { UID } from '../constants';
import { currentActor } from '../utils/actor';

export type ActivityEntry = {
  action: ActivityAction;
  /** The piece it concerns; null for what concerns every piece (a sync target's settings). */
  explainerDocumentId: string | null;
  /** The edition it concerns (null: every edition, or none). */
  locale?: string | null;
  revisionNumber?: number | null;
  detail?: Record<string, unknown>;
};

/**
 * Appends to the editorial audit log: who (the admin user, API token or "the plugin" for the delivery
 * worker), when, what, and the ids the admin links to. Written in the caller's transaction when there
 * is one, so a refused write leaves no record.
 */
export const recordActivity = async (strapi: Core.Strapi, { action, explainerDocumentId, locale = null, revisionNumber = null, detail = {} }: ActivityEntry) => {
  const actor = currentActor(strapi);
  await strapi.db.query(UID.ACTIVITY).create({
    data: { action, explainerDocumentId, locale, revisionNumber, actorId: actor.id, actorName: actor.name, detail, at: new Date() },
  });
};

/** The same entry for every piece that tracks a claim (or once, for none). */
export const recordClaimActivity = async (strapi: Core.Strapi, claimDocumentId: string, entry: Omit<ActivityEntry, 'explainerDocumentId'>) => {
  const claim = await strapi.db.query(UID.CLAIM).findOne({ select: ['id'], where: { documentId: claimDocumentId }, populate: { explainers: { select: ['documentId'] } } });
  const pieces = [...new Set(((claim?.explainers ?? []) as { documentId: string }[]).map((e) => e.documentId))];
  for (const explainerDocumentId of pieces.length ? pieces : [null]) await recordActivity(strapi, { ...entry, explainerDocumentId });
};
