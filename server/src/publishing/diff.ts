import type { Core } from '@strapi/strapi';
import type { ChangeSummary } from '../../../shared/contracts/revisions';
import type { ExplainerSnapshot, SnapshotContent } from '../../../shared/contracts/snapshot';
import { UID } from '../constants';
import { diffContent, summarizeChange } from '../snapshot/diff';
import { hashContent } from '../snapshot/hash';

export type LatestRevision = { number: number; contentHash: string; revisionPublishedAt: string; snapshot: ExplainerSnapshot };

export type ContentChange =
  | { changed: false; latest: LatestRevision }
  | { changed: true; latest: LatestRevision | null; contentHash: string; summary: ChangeSummary; delta: unknown };

/** Step 4: the snapshot's content against the latest revision's; unchanged content makes no revision. */
export const diffAgainstLatest = async (
  strapi: Core.Strapi,
  documentId: string,
  locale: string,
  content: SnapshotContent
): Promise<ContentChange> => {
  const contentHash = hashContent(content);
  const latest = (await strapi.db.query(UID.REVISION).findOne({
    select: ['number', 'contentHash', 'revisionPublishedAt', 'snapshot'],
    where: { explainerDocumentId: documentId, locale },
    orderBy: { number: 'desc' },
  })) as LatestRevision | null;
  if (latest && latest.contentHash === contentHash) return { changed: false, latest };
  const previousContent = latest?.snapshot.content ?? null;
  return { changed: true, latest, contentHash, summary: summarizeChange(previousContent, content), delta: diffContent(previousContent, content) };
};
