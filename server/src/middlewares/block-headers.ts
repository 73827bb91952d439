import type { Core } from '@strapi/strapi';
import { COMPONENT, UID } from '../constants';

/**
 * The Content Manager titles a body block "<block name> - <its main field>", reading the main field
 * from the form as it is (DynamicComponent in @strapi/content-manager). A `blocks` field cannot be a
 * main field and a relation shows as "[object Object]" there, so the text, map, claim and quote
 * blocks carry a read-only `summary` string the server keeps current: after every write of an
 * explainer (any path: Content Manager, REST, scripts, restore), and after a claim, map or actor
 * that a block shows is renamed. The section question and the image caption are main fields as is.
 */
export const SUMMARY_ATTRIBUTE = 'summary';
export const SUMMARY_MAX_LENGTH = 120;

type Row = Record<string, any>;

/** The first words of a text, cut on a word boundary. */
export const firstWords = (text: string, max = 80): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max);
  const boundary = cut.lastIndexOf(' ');
  return `${(boundary > max / 2 ? cut.slice(0, boundary) : cut).replace(/[\s,.;:–—-]+$/, '')}…`;
};

/** The plain text of Strapi blocks (paragraphs, headings, lists, links), in reading order. */
export const blocksText = (nodes: unknown): string => {
  if (!Array.isArray(nodes)) return '';
  const parts: string[] = [];
  const walk = (node: any) => {
    if (!node || typeof node !== 'object') return;
    if (typeof node.text === 'string') parts.push(node.text);
    if (Array.isArray(node.children)) {
      node.children.forEach(walk);
      if (node.type && node.type !== 'text' && node.type !== 'link') parts.push(' ');
    }
  };
  nodes.forEach(walk);
  return parts.join('');
};

const orNull = (text: string) => (text.trim() ? text.trim() : null);

/** How each summarised block describes itself, from its row with the relation it shows. */
const SUMMARISED: Record<string, { populate?: Record<string, unknown>; summarise: (row: Row) => string | null }> = {
  [COMPONENT.RICH_TEXT]: { summarise: (row) => orNull(firstWords(blocksText(row.content))) },
  [COMPONENT.MAP_EMBED]: { populate: { map: { select: ['title'] } }, summarise: (row) => orNull(firstWords(row.map?.title ?? '', 100)) },
  [COMPONENT.CLAIM_EMBED]: { populate: { claim: { select: ['statement'] } }, summarise: (row) => orNull(firstWords(row.claim?.statement ?? '', 100)) },
  [COMPONENT.QUOTE]: {
    populate: { speaker: { select: ['name'] } },
    summarise: (row) => {
      const who = row.speaker?.name ?? row.attribution ?? '';
      const words = firstWords(row.text ?? '', 60);
      return orNull(who && words ? `${firstWords(who, 50)}: “${words}”` : who || (words ? `“${words}”` : ''));
    },
  },
};

export const SUMMARISED_COMPONENTS = Object.keys(SUMMARISED);

/** Recomputes the summary of the block rows `where` selects, writing only those that changed. */
export const refreshSummaries = async (strapi: Core.Strapi, uid: string, where: Record<string, unknown>) => {
  const block = SUMMARISED[uid];
  if (!block) return 0;
  const rows: Row[] = await strapi.db.query(uid as any).findMany({ where, populate: block.populate ?? {} });
  let written = 0;
  for (const row of rows) {
    const summary = block.summarise(row);
    if (summary === (row[SUMMARY_ATTRIBUTE] ?? null)) continue;
    await strapi.db.query(uid as any).update({ where: { id: row.id }, data: { [SUMMARY_ATTRIBUTE]: summary } });
    written += 1;
  }
  return written;
};

/** Every version (draft, published) of one explainer: its blocks' summaries. */
export const refreshExplainerSummaries = async (strapi: Core.Strapi, documentId: string) => {
  const versions: Row[] = await strapi.db.query(UID.EXPLAINER).findMany({ where: { documentId }, select: ['id'], populate: { body: true } });
  const idsByComponent = new Map<string, number[]>();
  for (const version of versions) {
    for (const block of (version.body ?? []) as Row[]) {
      if (!SUMMARISED[block.__component]) continue;
      idsByComponent.set(block.__component, [...(idsByComponent.get(block.__component) ?? []), block.id]);
    }
  }
  for (const [uid, ids] of idsByComponent) await refreshSummaries(strapi, uid, { id: { $in: ids } });
};

/** The blocks that show a claim, map or actor, by the relation that points at it. */
const SHOWN_BY: Record<string, [component: string, relation: string]> = {
  [UID.CLAIM]: [COMPONENT.CLAIM_EMBED, 'claim'],
  [UID.MAP]: [COMPONENT.MAP_EMBED, 'map'],
  [UID.ACTOR]: [COMPONENT.QUOTE, 'speaker'],
};

/** At boot: blocks written before summaries existed (or by a path that bypassed the Document Service). */
export const backfillSummaries = async (strapi: Core.Strapi) => {
  for (const uid of SUMMARISED_COMPONENTS) await refreshSummaries(strapi, uid, { [SUMMARY_ATTRIBUTE]: null });
};

export const registerBlockHeaders = (strapi: Core.Strapi) => {
  strapi.documents.use(async (ctx, next) => {
    const shown = SHOWN_BY[ctx.uid];
    if (ctx.uid !== UID.EXPLAINER && !(shown && ctx.action === 'update')) return next();
    if (ctx.uid === UID.EXPLAINER && ['findOne', 'findMany', 'findFirst', 'count', 'delete', 'unpublish'].includes(ctx.action)) return next();
    const result: any = await next();
    const documentId = (ctx.params as { documentId?: string }).documentId ?? result?.documentId ?? result?.entries?.[0]?.documentId;
    if (!documentId) return result;
    if (shown) {
      const [component, relation] = shown;
      await refreshSummaries(strapi, component, { [relation]: { documentId } });
    } else {
      await refreshExplainerSummaries(strapi, documentId);
    }
    return result;
  });
};
