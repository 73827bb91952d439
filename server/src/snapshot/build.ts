import {
  SNAPSHOT_CHANGELOG_LIMIT,
  SNAPSHOT_SCHEMA_VERSION,
  type ChangelogEntry,
  type ExplainerSnapshot,
  type RevisionKind,
  type SnapshotContent,
} from '../../../shared/contracts/snapshot';
import { buildJsonLd } from './json-ld';

export type SnapshotInput = {
  content: SnapshotContent;
  contentHash: string;
  /** The latest revision's snapshot, or null for the first publish. */
  previous: Pick<ExplainerSnapshot, 'firstPublishedAt' | 'changelog'> | null;
  number: number;
  kind: RevisionKind;
  note: string;
  publishedAt: string;
  articleUrl: string | null;
};

/** The document a revision publishes: content, the revision, a bounded changelog and its JSON-LD. */
export const buildSnapshot = ({ content, contentHash, previous, number, kind, note, publishedAt, articleUrl }: SnapshotInput): ExplainerSnapshot => {
  const firstPublishedAt = previous?.firstPublishedAt ?? publishedAt;
  const changelog: ChangelogEntry[] = [{ number, kind, note, publishedAt }, ...(previous?.changelog ?? [])].slice(0, SNAPSHOT_CHANGELOG_LIMIT);
  const revision = { number, kind, note, publishedAt, contentHash };
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    content,
    revision,
    firstPublishedAt,
    changelog,
    changelogTotal: number,
    jsonLd: buildJsonLd(content, revision, firstPublishedAt, changelog, articleUrl),
  };
};
