import type { Core } from '@strapi/strapi';
import type { ExplainerSnapshot } from '../../../shared/contracts/snapshot';
import { UID } from '../constants';
import { buildSnapshot } from '../snapshot/build';
import { describeSummary } from '../snapshot/diff';
import type { RenderedEntry } from '../snapshot/load';
import { renderRestorable } from '../snapshot/render';
import { getService } from '../utils';
import { currentActor } from '../utils/actor';
import type { ContentChange } from './diff';
import type { PublishIntent } from './types';

export type RevisionInput = {
  documentId: string;
  locale: string | null;
  rendered: RenderedEntry;
  change: Extract<ContentChange, { changed: true }>;
  intent: PublishIntent;
};

export type RecordedRevision = { id: number; number: number; publishedAt: string; snapshot: ExplainerSnapshot };

/** The revision restored as the draft since the last publish, if any (the next publish carries it). */
const restoredSince = async (strapi: Core.Strapi, documentId: string, since: string): Promise<number | null> => {
  const restore = await strapi.db.query(UID.ACTIVITY).findOne({
    select: ['revisionNumber'],
    where: { explainerDocumentId: documentId, action: 'revision.restore', at: { $gt: since } },
    orderBy: { id: 'desc' },
  });
  return restore?.revisionNumber ?? null;
};

/** Step 5: the next revision, with its snapshot, notes, diff and who published it. */
export const recordRevision = async (strapi: Core.Strapi, { documentId, locale, rendered, change, intent }: RevisionInput): Promise<RecordedRevision> => {
  const { latest, contentHash, summary, delta } = change;
  const restoredFrom = intent.restoredFrom ?? (latest ? await restoredSince(strapi, documentId, latest.revisionPublishedAt) : null);
  const publishedAt = new Date().toISOString();
  const number = (latest?.number ?? 0) + 1;
  const publicNote =
    intent.publicNote?.trim() || (restoredFrom ? `Restores revision ${restoredFrom}` : latest ? describeSummary(summary) : 'First published');
  const snapshot = buildSnapshot({
    content: rendered.content,
    contentHash,
    previous: latest?.snapshot ?? null,
    number,
    kind: intent.kind,
    note: publicNote,
    publishedAt,
    articleUrl: getService('publications').articleUrl(rendered.content.slug),
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
    },
  });
  return { id: row.id as number, number, publishedAt, snapshot };
};
