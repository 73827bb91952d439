import type { Core } from '@strapi/strapi';
import type { DueClaim, FailingDelivery, NeedsCheckingList, NeedsCheckingResponse, OldMap } from '../../../shared/contracts/needs-checking';
import { ageInDays, claimDueAt, mapCutoff, situationOf } from '../checking/policy';
import { getPluginConfig } from '../config';
import { UID } from '../constants';
import { defaultLocale } from '../editions/locales';

type Row = Record<string, any>;

/** How many rows of each list the home page gets (the totals say how many there are). */
export const NEEDS_CHECKING_LIMIT = 50;

const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);

/**
 * A claim or map is one thing in every edition (its status, verification and "as of" are shared):
 * it is listed once, under the default edition's wording where it has one.
 */
const oneRowPerDocument = (rows: Row[], sourceLocale: string): Row[] => {
  const byDocument = new Map<string, Row>();
  for (const row of rows) {
    const kept = byDocument.get(row.documentId);
    if (!kept || (kept.locale !== sourceLocale && row.locale === sourceLocale)) byDocument.set(row.documentId, row);
  }
  return [...byDocument.values()];
};

/**
 * What needs checking (the admin home page, and the alerts): claims past their re-verification time
 * under the per-status policy, maps whose "as of" is too old, deliveries failing or dead.
 */
const createNeedsChecking = ({ strapi }: { strapi: Core.Strapi }) => {
  const service = {
    /** Every claim past due at `now`, most overdue first. */
    async dueClaims(now = Date.now()): Promise<DueClaim[]> {
      const { recheckHours } = getPluginConfig(strapi);
      const rows = await strapi.db.query(UID.CLAIM).findMany({
        select: ['documentId', 'locale', 'statement', 'claimStatus', 'lastVerifiedAt', 'createdAt'],
        populate: { explainers: { select: ['documentId', 'title', 'situationStatus', 'publishedAt'] } },
      });
      const claims = oneRowPerDocument(rows as Row[], await defaultLocale(strapi));
      const due: DueClaim[] = [];
      for (const claim of claims) {
        // The draft is the piece as editors have it now; a published-only row stands in for a piece with no draft.
        const pieces = new Map<string, Row>();
        for (const piece of (claim.explainers ?? []) as Row[]) {
          if (!pieces.has(piece.documentId) || piece.publishedAt == null) pieces.set(piece.documentId, piece);
        }
        const situation = situationOf([...pieces.values()]);
        const clock = claimDueAt(claim as any, situation, recheckHours);
        if (!clock || clock.dueAt.getTime() > now) continue;
        const piece = [...pieces.values()][0];
        due.push({
          documentId: claim.documentId,
          statement: claim.statement,
          claimStatus: claim.claimStatus,
          lastVerifiedAt: iso(claim.lastVerifiedAt),
          dueAt: clock.dueAt.toISOString(),
          everyHours: clock.everyHours,
          situation,
          explainer: piece ? { documentId: piece.documentId, title: piece.title } : null,
        });
      }
      return due.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    },

    /** Maps whose "as of" date is older than `mapMaxAgeDays`, oldest first. */
    async oldMaps(now = Date.now(), limit = NEEDS_CHECKING_LIMIT): Promise<{ items: OldMap[]; total: number }> {
      const where = { asOf: { $lt: mapCutoff(now, getPluginConfig(strapi).mapMaxAgeDays) } };
      const rows = await strapi.db.query(UID.MAP).findMany({ select: ['documentId', 'locale', 'title', 'asOf'], where, orderBy: [{ asOf: 'asc' }, { id: 'asc' }] });
      const maps = oneRowPerDocument(rows as Row[], await defaultLocale(strapi));
      const total = maps.length;
      const items = maps.slice(0, limit).map((row: Row) => {
        const asOf = typeof row.asOf === 'string' ? row.asOf.slice(0, 10) : new Date(row.asOf).toISOString().slice(0, 10);
        return { documentId: row.documentId, title: row.title, asOf, ageDays: ageInDays(asOf, now) };
      });
      return { items, total };
    },

    /** Deliveries retrying after a failure, and dead ones, oldest first. */
    async failingDeliveries(limit = NEEDS_CHECKING_LIMIT): Promise<{ items: FailingDelivery[]; total: number }> {
      const where = { $or: [{ state: 'dead' }, { state: 'pending', lastError: { $notNull: true } }] };
      const [rows, total, targets] = await Promise.all([
        strapi.db.query(UID.SYNC_DELIVERY).findMany({ where, orderBy: { id: 'asc' }, limit }),
        strapi.db.query(UID.SYNC_DELIVERY).count({ where }),
        strapi.db.query(UID.SYNC_TARGET).findMany({ select: ['id', 'name'] }),
      ]);
      const names = new Map(targets.map((t: Row) => [t.id, t.name as string]));
      const items = rows.map((row: Row) => ({
        id: row.id,
        state: row.state,
        kind: row.kind ?? 'revision',
        targetId: row.targetId,
        targetName: names.get(row.targetId) ?? '(removed)',
        slug: row.slug,
        revisionNumber: row.revisionNumber,
        attempts: row.attempts,
        lastError: row.lastError ?? null,
        nextAttemptAt: iso(row.nextAttemptAt),
      }));
      return { items, total };
    },

    /** The lists asked for (null where not asked or not allowed), for the home page. */
    async overview(lists: ReadonlySet<NeedsCheckingList>, now = Date.now()): Promise<NeedsCheckingResponse['data']> {
      const [claims, maps, deliveries] = await Promise.all([
        lists.has('claims') ? service.dueClaims(now) : null,
        lists.has('maps') ? service.oldMaps(now) : null,
        lists.has('deliveries') ? service.failingDeliveries() : null,
      ]);
      return {
        checkedAt: new Date(now).toISOString(),
        claims: claims ? { items: claims.slice(0, NEEDS_CHECKING_LIMIT), total: claims.length } : null,
        maps: maps ? { ...maps, maxAgeDays: getPluginConfig(strapi).mapMaxAgeDays } : null,
        deliveries,
      };
    },
  };
  return service;
};

export type NeedsCheckingService = ReturnType<typeof createNeedsChecking>;
export default createNeedsChecking;
