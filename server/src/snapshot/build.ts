import {
  SNAPSHOT_CHANGELOG_LIMIT,
  SNAPSHOT_SCHEMA_VERSION,
  type ChangelogEntry,
  type EditionSource,
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
  locale: string;
  /** The source revision this edition was translated from (null for the source edition). */
  basedOn: EditionSource | null;
  /** The other editions, for JSON-LD: the source this one translates, or the translations of the source. */
  translationOf: EditionLink | null;
  translations: EditionLink[];
};

export type EditionLink = { locale: string; url: string | null };

/** The document a revision publishes: content, the revision, a bounded changelog and its JSON-LD. */
export const buildSnapshot = ({
  content,
  contentHash,
  previous,
  number,
  kind,
  note,
  publishedAt,
  articleUrl,
  locale,
  basedOn,
  translationOf,
  translations,
}: SnapshotInput): ExplainerSnapshot => {
  const firstPublishedAt = previous?.firstPublishedAt ?? publishedAt;
  const changelog: ChangelogEntry[] = [{ number, kind, note, publishedAt }, ...(previous?.changelog ?? [])].slice(0, SNAPSHOT_CHANGELOG_LIMIT);
  const revision = { number, kind, note, publishedAt, contentHash, basedOn };
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    locale,
    content,
    revision,
    firstPublishedAt,
    changelog,
    changelogTotal: number,
    jsonLd: buildJsonLd(content, revision, firstPublishedAt, changelog, articleUrl, { locale, translationOf, translations }),
  };
};
