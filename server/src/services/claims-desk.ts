import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CreateClaim, DeskClaim, ListClaims, StatusEvent, UpdateClaim } from '../../../shared/contracts/claims';
import { getPluginConfig } from '../config';
import { UID } from '../constants';
import { defaultLocale } from '../editions/locales';
import { StaleVersionError } from '../errors';
import { LINK_FIELDS } from '../snapshot/populate';
import { asPluginWrite } from './system-fields';
import { currentActor } from '../utils/actor';
import { throwIfIssues } from '../validation/issues';
import { withClaimChange } from './claim-change';

type Row = Record<string, any>;

const linkRef = { select: ['documentId', 'statement', 'claimStatus'] };
const DESK_POPULATE = {
  claimant: { select: ['documentId', 'name', 'kind', 'side', 'affiliation'] },
  ...Object.fromEntries(LINK_FIELDS.map((field) => [field, linkRef])),
};

const iso = (value: unknown) => (value ? new Date(value as string).toISOString() : null);

/** The desk's view of claims: filters, paging, edits with versions, status changes with reasons. */
const createClaimsDeskService = ({ strapi }: { strapi: Core.Strapi }) => {
  const staleHours = () => getPluginConfig(strapi).staleAfterHours;

  // The desk works on the default edition's rows: status, links and dates are shared by every edition
  // (Strapi copies them), and the statements are the source language's.
  const source = () => defaultLocale(strapi);

  const latestRevisionOf = async (explainerDocumentId: string | undefined) => {
    if (!explainerDocumentId) return null;
    return strapi.db.query(UID.REVISION).findOne({
      select: ['number', 'revisionPublishedAt'],
      where: { explainerDocumentId, locale: await source() },
      orderBy: { number: 'desc' },
    });
  };

  const toDeskClaim = (row: Row, context: { staleCutoff: number; publishedAt: number | null }): DeskClaim => ({
    documentId: row.documentId,
    statement: row.statement,
    claimStatus: row.claimStatus,
    medium: row.medium,
    sourceUrl: row.sourceUrl ?? null,
    madeAt: iso(row.madeAt),
    lastVerifiedAt: iso(row.lastVerifiedAt),
    updatedAt: iso(row.updatedAt)!,
    version: row.version,
    lastEditedBy: row.lastEditedBy ?? null,
    internalNote: row.internalNote ?? null,
    claimant: row.claimant
      ? { documentId: row.claimant.documentId, name: row.claimant.name, kind: row.claimant.kind, side: row.claimant.side, affiliation: row.claimant.affiliation ?? null }
      : null,
    links: Object.fromEntries(
      LINK_FIELDS.map((field) => [field, ((row[field] ?? []) as Row[]).map((c) => ({ documentId: c.documentId, statement: c.statement, claimStatus: c.claimStatus }))])
    ) as DeskClaim['links'],
    stale: !row.lastVerifiedAt || new Date(row.lastVerifiedAt).getTime() < context.staleCutoff,
    changedSincePublish: context.publishedAt === null || new Date(row.updatedAt).getTime() > context.publishedAt,
  });

  const findRow = async (documentId: string) => {
    const row = await strapi.db.query(UID.CLAIM).findOne({ where: { documentId, locale: await source() }, populate: DESK_POPULATE });
    if (!row) throw new errors.NotFoundError(`No claim ${documentId}`);
    return row as Row;
  };

  const explainerOf = async (claimDocumentId: string) => {
    const explainer = await strapi.db.query(UID.EXPLAINER).findOne({
      select: ['documentId'],
      where: { claims: { documentId: claimDocumentId }, publishedAt: null, locale: await source() },
    });
    return explainer?.documentId as string | undefined;
  };

  const present = async (row: Row) => {
    const latest = await latestRevisionOf(await explainerOf(row.documentId));
    return toDeskClaim(row, {
      staleCutoff: Date.now() - staleHours() * 3600_000,
      publishedAt: latest ? new Date(latest.revisionPublishedAt).getTime() : null,
    });
  };

  /** Runs a versioned save; a stale one comes back as 409 with the claim as it is now. */
  const saveVersioned = async <T>(documentId: string, yourVersion: number, save: () => Promise<T>) => {
    try {
      // The desk's own saves may set the system fields (its input schemas never carry lastEditedBy).
      return await asPluginWrite('claims desk', save);
    } catch (error) {
      if (!(error instanceof StaleVersionError)) throw error;
      const current = await present(await findRow(documentId));
      throw new StaleVersionError(`${current.lastEditedBy ?? 'Someone'} saved this claim after you opened it (version ${yourVersion} → ${current.version}). Review their change and reapply yours.`, {
        current,
        changedBy: current.lastEditedBy,
        yourVersion,
      });
    }
  };

  const ensureExists = async (uid: typeof UID.CLAIM | typeof UID.ACTOR | typeof UID.EXPLAINER, documentId: string, field: string) => {
    const found = await strapi.db.query(uid).findOne({ select: ['id'], where: { documentId } });
    if (!found) throwIfIssues([{ path: [field], message: `does not name an existing ${uid.split('.').pop()}` }]);
  };

  const service = {
    async defaultExplainer(): Promise<string | undefined> {
      const pokrovsk = await strapi.db.query(UID.EXPLAINER).findOne({ select: ['documentId'], where: { slug: 'pokrovsk' } });
      if (pokrovsk) return pokrovsk.documentId;
      const latest = await strapi.db.query(UID.EXPLAINER).findOne({ select: ['documentId'], orderBy: { updatedAt: 'desc' } });
      return latest?.documentId;
    },

    /** `scope`: a filter the caller's permissions impose (see policies' permittedWhere). */
    async list(query: ListClaims.Query, scope?: object): Promise<ListClaims.Response> {
      const page = query.page ?? 1;
      const pageSize = query.pageSize ?? 25;
      const explainer = query.explainer ?? (await service.defaultExplainer());
      const latest = await latestRevisionOf(explainer);
      const publishedAt = latest ? new Date(latest.revisionPublishedAt).getTime() : null;
      const staleCutoff = Date.now() - (query.staleHours ?? staleHours()) * 3600_000;
      const and: Row[] = [{ locale: await source() }, ...(scope ? [scope as Row] : [])];
      // Claims are tracked by the explainer's draft (the published row links the same claims).
      if (explainer) and.push({ explainers: { documentId: explainer, publishedAt: null } });
      if (query.status) and.push({ claimStatus: { $in: ([] as string[]).concat(query.status) } });
      if (query.actor) and.push({ claimant: { documentId: query.actor } });
      if (query.side) and.push({ claimant: { side: query.side } });
      if (query.staleHours) and.push({ $or: [{ lastVerifiedAt: null }, { lastVerifiedAt: { $lt: new Date(staleCutoff) } }] });
      if (query.changedSincePublish && publishedAt !== null) and.push({ updatedAt: { $gt: new Date(publishedAt) } });
      if (query.search) and.push({ statement: { $containsi: query.search } });
      const where = and.length ? { $and: and } : {};
      const [field, direction] = (query.sort ?? 'updatedAt:desc').split(':');
      const [rows, total] = await Promise.all([
        strapi.db.query(UID.CLAIM).findMany({
          where,
          populate: DESK_POPULATE,
          orderBy: [{ [field]: direction }, { id: 'asc' }],
          offset: (page - 1) * pageSize,
          limit: pageSize,
        }),
        strapi.db.query(UID.CLAIM).count({ where }),
      ]);
      return {
        data: (rows as Row[]).map((row) => toDeskClaim(row, { staleCutoff, publishedAt })),
        meta: {
          pagination: { page, pageSize, total, pageCount: Math.ceil(total / pageSize) },
          staleHours: query.staleHours ?? staleHours(),
          latestRevision: latest?.number ?? null,
        },
      };
    },

    async get(documentId: string) {
      const claim = await present(await findRow(documentId));
      const events = await strapi.db.query(UID.CLAIM_STATUS_EVENT).findMany({
        select: ['fromStatus', 'toStatus', 'reason', 'changedByName', 'changedAt'],
        where: { claimDocumentId: documentId },
        orderBy: [{ changedAt: 'asc' }, { id: 'asc' }],
      });
      const history: StatusEvent[] = (events as Row[]).map((e) => ({
        fromStatus: e.fromStatus ?? null,
        toStatus: e.toStatus,
        reason: e.reason,
        changedByName: e.changedByName ?? null,
        changedAt: iso(e.changedAt)!,
      }));
      return { ...claim, history };
    },

    async create(input: CreateClaim.Request) {
      await ensureExists(UID.EXPLAINER, input.explainer, 'explainer');
      if (input.claimant) await ensureExists(UID.ACTOR, input.claimant, 'claimant');
      return strapi.db.transaction(async () => {
        let claimant = input.claimant;
        if (!claimant && input.newActor) {
          const existing = await strapi.db.query(UID.ACTOR).findOne({ select: ['documentId'], where: { name: input.newActor.name } });
          if (existing) throwIfIssues([{ path: ['newActor', 'name'], message: 'an actor with this name exists; pick it as the claimant' }]);
          claimant = (await strapi.documents(UID.ACTOR).create({ data: input.newActor } as any)).documentId;
        }
        const status = input.claimStatus ?? 'unverified';
        const claim = await strapi.documents(UID.CLAIM).create({
          data: {
            statement: input.statement,
            claimant,
            medium: input.medium ?? 'statement',
            sourceUrl: input.sourceUrl ?? null,
            madeAt: input.madeAt ?? null,
            claimStatus: status,
            internalNote: input.internalNote ?? null,
          },
        } as any);
        const actor = currentActor(strapi);
        await strapi.db.query(UID.CLAIM).update({ where: { id: claim.id }, data: { lastEditedBy: actor.name } });
        await strapi.db.query(UID.CLAIM_STATUS_EVENT).create({
          data: { claimDocumentId: claim.documentId, fromStatus: null, toStatus: status, reason: 'Claim added', changedById: actor.id, changedByName: actor.name, changedAt: new Date() },
        });
        await strapi.documents(UID.EXPLAINER).update({ documentId: input.explainer, data: { claims: { connect: [claim.documentId] } } } as any);
        return service.get(claim.documentId);
      });
    },

    async update(documentId: string, input: UpdateClaim.Request) {
      await findRow(documentId);
      if (input.claimant) await ensureExists(UID.ACTOR, input.claimant, 'claimant');
      await saveVersioned(documentId, input.version, () => strapi.documents(UID.CLAIM).update({ documentId, data: input } as any));
      return service.get(documentId);
    },

    async changeStatus(documentId: string, input: { version: number; status: string; reason: string }) {
      const row = await findRow(documentId);
      if (row.claimStatus === input.status) throwIfIssues([{ path: ['status'], message: `is already ${input.status}` }]);
      await saveVersioned(documentId, input.version, () =>
        withClaimChange({ reason: input.reason.trim() }, () =>
          strapi.documents(UID.CLAIM).update({
            documentId,
            data: { version: input.version, claimStatus: input.status, lastVerifiedAt: new Date().toISOString() },
          } as any)
        )
      );
      return service.get(documentId);
    },

    async markVerified(documentId: string, input: { version: number }) {
      await findRow(documentId);
      await saveVersioned(documentId, input.version, () =>
        strapi.documents(UID.CLAIM).update({ documentId, data: { version: input.version, lastVerifiedAt: new Date().toISOString() } } as any)
      );
      return service.get(documentId);
    },

    async link(documentId: string, input: { kind: string; target: string; version?: number }, connect: boolean) {
      await findRow(documentId);
      if (input.target === documentId) throwIfIssues([{ path: ['target'], message: 'a claim cannot be linked to itself' }]);
      await ensureExists(UID.CLAIM, input.target, 'target');
      const relation = { [connect ? 'connect' : 'disconnect']: [input.target] };
      await saveVersioned(documentId, input.version ?? 0, () =>
        strapi.documents(UID.CLAIM).update({ documentId, data: { [input.kind]: relation, ...(input.version ? { version: input.version } : {}) } } as any)
      );
      return service.get(documentId);
    },

    async listActors(search?: string) {
      return strapi.db.query(UID.ACTOR).findMany({
        select: ['documentId', 'name', 'kind', 'side', 'affiliation'],
        where: { locale: await source(), ...(search ? { name: { $containsi: search } } : {}) },
        orderBy: { name: 'asc' },
        limit: 200,
      });
    },

    async createActor(input: Row) {
      const existing = await strapi.db.query(UID.ACTOR).findOne({ select: ['id'], where: { name: input.name } });
      if (existing) throwIfIssues([{ path: ['name'], message: 'an actor with this name exists' }]);
      const actor = await strapi.documents(UID.ACTOR).create({ data: input } as any);
      return { documentId: actor.documentId, name: actor.name, kind: actor.kind, side: actor.side, affiliation: actor.affiliation ?? null };
    },
  };
  return service;
};

export type ClaimsDeskService = ReturnType<typeof createClaimsDeskService>;
export default createClaimsDeskService;
