import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { LINK_FIELDS } from '../snapshot/populate';

/** A claim's relations that are facts about the claim, shared by every edition (Strapi keeps relations per locale). */
const SHARED_RELATIONS = ['claimant', ...LINK_FIELDS] as const;
type SharedRelation = (typeof SHARED_RELATIONS)[number];

/** Each shared relation as the sorted document ids it points at. */
export type RelationState = Record<SharedRelation, string[]>;

type Row = { id: number; locale: string } & Record<string, unknown>;

const POPULATE = Object.fromEntries(SHARED_RELATIONS.map((field) => [field, { select: ['documentId'] }]));

const documentIdsOf = (value: unknown): string[] => {
  const items = Array.isArray(value) ? value : value ? [value] : [];
  return items.map((item) => (item as { documentId: string }).documentId).sort();
};

const stateOf = (row: Row): RelationState =>
  Object.fromEntries(SHARED_RELATIONS.map((field) => [field, documentIdsOf(row[field])])) as RelationState;

const editionsOf = async (strapi: Core.Strapi, documentId: string): Promise<Row[]> =>
  (await strapi.db.query(UID.CLAIM).findMany({ select: ['id', 'locale'], where: { documentId }, populate: POPULATE })) as Row[];

/** The relations of one edition of a claim (null when that edition does not exist yet). */
export const claimRelationsOf = async (strapi: Core.Strapi, documentId: string, locale: string): Promise<RelationState | null> => {
  const row = (await editionsOf(strapi, documentId)).find((edition) => edition.locale === locale);
  return row ? stateOf(row) : null;
};

export const sameRelations = (a: RelationState | null, b: RelationState | null) => JSON.stringify(a) === JSON.stringify(b);

export const isEmptyRelations = (state: RelationState) => SHARED_RELATIONS.every((field) => state[field].length === 0);

/**
 * Gives every other edition of a claim the claimant and links `from` has, each pointing at the same
 * documents in that edition's locale. A claim or actor with no edition in a locale cannot be linked
 * there (Strapi relates editions of one locale): it joins once that edition is created.
 */
export const shareClaimRelations = async (strapi: Core.Strapi, documentId: string, from: string, only?: string) => {
  const editions = await editionsOf(strapi, documentId);
  const source = editions.find((edition) => edition.locale === from);
  if (!source) return;
  const state = stateOf(source);
  const claimTargets = [...new Set(LINK_FIELDS.flatMap((field) => state[field]))];
  for (const edition of editions) {
    if (edition.locale === from || (only && edition.locale !== only)) continue;
    const [claims, actor] = await Promise.all([
      claimTargets.length
        ? strapi.db.query(UID.CLAIM).findMany({ select: ['id', 'documentId'], where: { documentId: { $in: claimTargets }, locale: edition.locale } })
        : [],
      state.claimant.length
        ? strapi.db.query(UID.ACTOR).findOne({ select: ['id'], where: { documentId: state.claimant[0], locale: edition.locale } })
        : null,
    ]);
    const idOf = new Map((claims as { id: number; documentId: string }[]).map((claim) => [claim.documentId, claim.id]));
    const links = Object.fromEntries(LINK_FIELDS.map((field) => [field, state[field].flatMap((target) => (idOf.has(target) ? [idOf.get(target)!] : []))]));
    await strapi.db.query(UID.CLAIM).update({ where: { id: edition.id }, data: { claimant: actor?.id ?? null, ...links } });
  }
};
