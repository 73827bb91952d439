import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { StaleVersionError } from '../errors';
import { currentClaimChange, OUTSIDE_DESK_REASON } from '../services/claim-change';
import { currentActor } from '../utils/actor';

/**
 * Every update of a claim, from any path, is versioned and its status changes are on record:
 * - a save that names a `version` must be based on the current one (an atomic conditional bump, so of
 *   two editors saving the same version exactly one wins), and every save bumps the version;
 * - a status change appends a status event (from, to, reason, who, when) in the same transaction.
 */
export const registerClaimVersioning = (strapi: Core.Strapi) => {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== UID.CLAIM || ctx.action !== 'update') return next();
    const params = ctx.params as { documentId: string; data: Record<string, any> };
    const data = params.data ?? {};
    return strapi.db.transaction(async ({ trx }) => {
      const current = await trx('conflict_explainer_claims')
        .select('version', 'claim_status as claimStatus')
        .where('document_id', params.documentId)
        .first();
      if (!current) return next();
      const basedOn = data.version === undefined || data.version === null ? Number(current.version) : Number(data.version);
      const bumped = await trx('conflict_explainer_claims')
        .where({ document_id: params.documentId, version: basedOn })
        .update({ version: basedOn + 1 });
      if (bumped === 0) {
        throw new StaleVersionError('Someone else saved this claim after you opened it', {
          documentId: params.documentId,
          yourVersion: basedOn,
          currentVersion: Number(current.version),
        });
      }
      const actor = currentActor(strapi);
      params.data = { ...data, version: basedOn + 1, lastEditedBy: actor.name ?? data.lastEditedBy ?? null };
      const result = await next();
      if (data.claimStatus !== undefined && data.claimStatus !== current.claimStatus) {
        await strapi.db.query(UID.CLAIM_STATUS_EVENT).create({
          data: {
            claimDocumentId: params.documentId,
            fromStatus: current.claimStatus,
            toStatus: data.claimStatus,
            reason: currentClaimChange()?.reason ?? OUTSIDE_DESK_REASON,
            changedById: actor.id,
            changedByName: actor.name,
            changedAt: new Date(),
          },
        });
      }
      return result;
    });
  });
};
