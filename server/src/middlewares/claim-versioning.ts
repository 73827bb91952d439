import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { StaleVersionError } from '../errors';
import { currentClaimChange, OUTSIDE_DESK_REASON } from '../services/claim-change';
import { recordClaimActivity } from '../services/activity';
import { isPluginWrite } from '../services/system-fields';
import { currentActor } from '../utils/actor';
import { throwIfIssues, type FieldIssue } from '../validation/issues';

const sameTime = (a: unknown, b: unknown) => (a == null || a === '' ? null : new Date(a as string).getTime()) === (b == null ? null : new Date(b as string).getTime());

/**
 * The system fields a write may carry only as they are: the Content Manager sends the whole form
 * back (the version it opened is how its saves are versioned), so an unchanged value is fine and a
 * changed one is refused, naming the field. A lower version is a stale save (409), not a 400.
 */
const systemFieldIssues = (data: Record<string, any>, current: { version: number; lastEditedBy: string | null; lastVerifiedAt: unknown } | null): FieldIssue[] => {
  if (isPluginWrite()) return [];
  const issues: FieldIssue[] = [];
  const currentVersion = current ? Number(current.version) : 1;
  if (data.version !== undefined && data.version !== null) {
    const version = Number(data.version);
    if (!Number.isInteger(version) || version > currentVersion || (!current && version !== 1)) {
      issues.push({ path: ['version'], message: `is counted by the server: send the version you opened (${currentVersion}) or leave it out` });
    }
  }
  if (data.lastEditedBy !== undefined && (data.lastEditedBy || null) !== (current?.lastEditedBy ?? null)) {
    issues.push({ path: ['lastEditedBy'], message: 'is set by the server at every save' });
  }
  if (data.lastVerifiedAt !== undefined && !sameTime(data.lastVerifiedAt, current?.lastVerifiedAt ?? null)) {
    issues.push({ path: ['lastVerifiedAt'], message: 'is set by “Verify” or a status change in the claims desk' });
  }
  return issues;
};

/**
 * Every update of a claim, from any path, is versioned and its status changes are on record:
 * - a save that names a `version` must be based on the current one (an atomic conditional bump, so of
 *   two editors saving the same version exactly one wins), and every save bumps the version;
 * - a status change appends a status event (from, to, reason, who, when) in the same transaction.
 */
export const registerClaimVersioning = (strapi: Core.Strapi) => {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== UID.CLAIM || (ctx.action !== 'update' && ctx.action !== 'create')) return next();
    const params = ctx.params as { documentId: string; data: Record<string, any> };
    const data = params.data ?? {};
    if (ctx.action === 'create') {
      throwIfIssues(systemFieldIssues(data, null));
      const name = currentActor(strapi).name;
      params.data = { ...data, version: 1, ...(name ? { lastEditedBy: name } : {}) };
      return next();
    }
    return strapi.db.transaction(async ({ trx }) => {
      const current = await trx('conflict_explainer_claims')
        .select('version', 'claim_status as claimStatus')
        .where('document_id', params.documentId)
        .first();
      if (!current) return next();
      // Through the query engine: dates come back as Strapi stores them on either database.
      const stored = await strapi.db.query(UID.CLAIM).findOne({ select: ['lastEditedBy', 'lastVerifiedAt'], where: { documentId: params.documentId } });
      throwIfIssues(systemFieldIssues(data, { version: current.version, lastEditedBy: stored?.lastEditedBy ?? null, lastVerifiedAt: stored?.lastVerifiedAt ?? null }));
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
      params.data = { ...data, version: basedOn + 1, lastEditedBy: actor.name ?? stored?.lastEditedBy ?? null };
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
        const statement = await strapi.db.query(UID.CLAIM).findOne({ select: ['statement'], where: { documentId: params.documentId } });
        await recordClaimActivity(strapi, params.documentId, {
          action: 'claim.status',
          detail: { claimDocumentId: params.documentId, statement: statement?.statement ?? null, from: current.claimStatus, to: data.claimStatus, reason: currentClaimChange()?.reason ?? OUTSIDE_DESK_REASON },
        });
      }
      return result;
    });
  });
};

/** Records that are history: a claim's status events, revisions and the activity log are never rewritten by hand. */
const APPEND_ONLY: string[] = [UID.CLAIM_STATUS_EVENT, UID.REVISION, UID.ACTIVITY];

export const registerAppendOnlyRecords = (strapi: Core.Strapi) => {
  strapi.documents.use(async (ctx, next) => {
    if (APPEND_ONLY.includes(ctx.uid) && ['create', 'update', 'delete'].includes(ctx.action)) {
      throwIfIssues([{ path: [], message: `${ctx.uid.split('.').pop()} records are written by the plugin only and never changed` }]);
    }
    return next();
  });
};
