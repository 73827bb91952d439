import type { Core } from '@strapi/strapi';
import type { EditionSource, ExplainerSnapshot } from '../../../shared/contracts/snapshot';
import { PLUGIN_ID, UID } from '../constants';
import { defaultLocale } from '../editions/locales';
import { throwIfIssues } from '../validation/issues';
import { buildSnapshot } from '../snapshot/build';
import { describeSummary } from '../snapshot/diff';
import type { RenderedEntry } from '../snapshot/load';
import { renderRestorable } from '../snapshot/render';
import type { PublicationsService } from '../services/publications';
import { currentActor } from '../utils/actor';
import type { ContentChange } from './diff';
import type { PublishIntent } from './types';

export type RevisionInput = {
  documentId: string;
  locale: string;
  rendered: RenderedEntry;
  change: Extract<ContentChange, { changed: true }>;
  intent: PublishIntent;
};

export type RecordedRevision = { id: number; number: number; publishedAt: string; snapshot: ExplainerSnapshot };

/** The revision restored as the draft since the last publish, if any (the next publish carries it). */
const restoredSince = async (strapi: Core.Strapi, documentId: string, locale: string, since: string): Promise<number | null> => {
  const restore = await strapi.db.query(UID.ACTIVITY).findOne({
    select: ['revisionNumber'],
    where: { explainerDocumentId: documentId, locale, action: 'revision.restore', at: { $gt: since } },
    orderBy: { id: 'desc' },
  });
  return restore?.revisionNumber ?? null;
};

/**
 * Which source revision an edition is translated from: the one the translator confirmed, or the
 * source's latest (null for the source edition, or when the source was never published).
 */
export const sourceRevisionOf = async (strapi: Core.Strapi, documentId: string, locale: string, confirmed: number | undefined): Promise<EditionSource | null> => {
  const source = await defaultLocale(strapi);
  if (locale === source) return null;
  const latest = await strapi.db.query(UID.REVISION).findOne({ select: ['number'], where: { explainerDocumentId: documentId, locale: source }, orderBy: { number: 'desc' } });
  if (confirmed !== undefined && (!latest || confirmed > latest.number)) {
    throwIfIssues([{ path: ['basedOn'], message: `the “${source}” edition has no revision ${confirmed} (latest: ${latest?.number ?? 'none'})` }]);
  }
  if (!latest) return null;
  return { locale: source, revision: confirmed ?? latest.number };
};

/** The other editions for JSON-LD: the source this edition translates, or the live translations of the source. */
export const editionLinks = async (strapi: Core.Strapi, documentId: string, locale: string, slug: string) => {
  const source = await defaultLocale(strapi);
  const publications = strapi.plugin(PLUGIN_ID).service('publications') as PublicationsService;
  if (locale !== source) return { translationOf: { locale: source, url: await publications.articleUrl(slug, source) }, translations: [] };
  const live = await strapi.db.query(UID.PUBLICATION).findMany({ select: ['locale'], where: { explainerDocumentId: documentId, live: true, locale: { $ne: source } } });
  const codes = (live as { locale: string }[]).map((row) => row.locale).sort();
  const translations = await Promise.all(codes.map(async (code) => ({ locale: code, url: await publications.articleUrl(slug, code) })));
  return { translationOf: null, translations };
};

/** Step 5: the next revision of this edition, with its snapshot, notes, diff and who published it. */
export const recordRevision = async (strapi: Core.Strapi, { documentId, locale, rendered, change, intent }: RevisionInput): Promise<RecordedRevision> => {
  const { latest, contentHash, summary, delta } = change;
  const restoredFrom = intent.restoredFrom ?? (latest ? await restoredSince(strapi, documentId, locale, latest.revisionPublishedAt) : null);
  const publishedAt = new Date().toISOString();
  const number = (latest?.number ?? 0) + 1;
  const publicNote =
    intent.publicNote?.trim() || (restoredFrom ? `Restores revision ${restoredFrom}` : latest ? describeSummary(summary) : 'First published');
  const basedOn = await sourceRevisionOf(strapi, documentId, locale, intent.basedOn);
  const snapshot = buildSnapshot({
    ...(await editionLinks(strapi, documentId, locale, rendered.content.slug)),
    locale,
    basedOn,
    content: rendered.content,
    contentHash,
    previous: latest?.snapshot ?? null,
    number,
    kind: intent.kind,
    note: publicNote,
    publishedAt,
    articleUrl: await (strapi.plugin(PLUGIN_ID).service('publications') as PublicationsService).articleUrl(rendered.content.slug, locale),
  });
  const actor = currentActor(strapi);
  const row = await strapi.db.query(UID.REVISION).create({
    data: {
      explainerDocumentId: documentId,
      locale,
      slug: rendered.content.slug,
      number,
      kind: intent.kind,
      publicNote,
      internalNote: intent.internalNote?.trim() || null,
      editorId: actor.id,
      editorName: actor.name,
      revisionPublishedAt: publishedAt,
      contentHash,
      snapshot,
      restorable: renderRestorable(rendered.entry),
      diff: delta,
      summary,
      restoredFrom,
      basedOn,
    },
  });
  return { id: row.id as number, number, publishedAt, snapshot };
};
