/** Admin API contracts for an explainer's editions (languages) and their translation drift. */
import type { CompareRevisions } from './revisions';
import type { ClaimStatus, EditionSource } from './snapshot';

/** How far an edition's latest revision is behind the source edition (the default locale's). */
export interface EditionDrift {
  sourceLocale: string;
  /** The source's latest revision; null when the source was never published. */
  sourceLatest: number | null;
  /** The source revision the edition's latest revision was translated from. */
  basedOn: EditionSource | null;
  /** Source revisions published since `basedOn` (0: up to date); null before the edition's first publish. */
  behind: number | null;
}

/** A claim of the edition's latest revision whose (shared) status changed since that revision was published. */
export interface ClaimStatusSince {
  id: string;
  /** The statement in the edition's language, as its latest revision published it. */
  statement: string;
  from: ClaimStatus;
  /** null: the claim was deleted since. */
  to: ClaimStatus | null;
}

export namespace TranslationDrift {
  export interface Request {
    params: { documentId: string };
    query: { locale: string };
  }
  export interface Response {
    data: {
      documentId: string;
      locale: string;
      /** null for the source edition itself. */
      drift: EditionDrift | null;
      /**
       * What the translator has to carry over: the source's revision `basedOn` compared with its latest,
       * as the revisions page compares two revisions (word-level, section by section). null when not behind.
       */
      sourceChanges: CompareRevisions.Response['data'] | null;
      /** Claims whose status changed since the edition's latest revision (statuses are shared by every edition). */
      claimStatusChanges: ClaimStatusSince[];
    };
  }
}

/** One edition of an explainer in the plugin's explainers list. */
export interface EditionSummary {
  locale: string;
  /** The edition's latest revision; null when it was never published. */
  latestRevision: number | null;
  /** Source revisions since the one it was translated from; null for the source edition or an unpublished one. */
  behind: number | null;
}
