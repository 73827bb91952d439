import type { RevisionListItem } from '../../../shared/contracts/revisions';
import type { RevisionKind } from '../../../shared/contracts/snapshot';

/** What the editor says about a publish. A Content Manager publish says nothing: an update. */
export type PublishIntent = {
  kind: RevisionKind;
  publicNote?: string;
  internalNote?: string;
  restoredFrom?: number;
  /** An edition's source revision, as the translator confirms it (default: the source's latest). */
  basedOn?: number;
};

/** What a publish made: a new revision, or none because the content is the latest revision's. */
export type PublishOutcome = { changed: true; revisionId: number; number: number } | { changed: false; latest: number | null };

export type PublishRequest<Document> = {
  /** Absent for a create with status=published (the id is known once Strapi wrote it). */
  documentId?: string;
  locale?: unknown;
  intent: PublishIntent;
  /** A plain publish copies the draft as it is: the draft loaded under the lock serves the gate and the snapshot. */
  copiesDraftAsIs: boolean;
  /** Strapi's own write (the Document Service's next step, or its publish), run inside the pipeline. */
  apply: () => Promise<Document>;
};

export type WithdrawRequest<Document> = {
  documentId?: string;
  /** The edition withdrawn (default: Strapi's default locale), or `*` for every edition. */
  locale?: unknown;
  reason: 'unpublished' | 'deleted';
  apply: () => Promise<Document>;
};

/** The answer to the plugin's "Publish update". */
export type PublishUpdateResult =
  | { changed: true; revision: RevisionListItem }
  | { changed: false; latest: number | null; message: string };

/** The publishing service (server/src/publishing): one pipeline for every publish and withdrawal. */
export type Publishing = {
  publish<Document>(request: PublishRequest<Document>): Promise<{ document: Document; outcome: PublishOutcome | null }>;
  withdraw<Document>(request: WithdrawRequest<Document>): Promise<Document>;
  publishUpdate(documentId: string, intent: PublishIntent, locale?: unknown): Promise<PublishUpdateResult>;
};
