/** Admin API contracts for revisions (one namespace per endpoint). */
import type { ActivityItem } from './activity';
import type { EditionDrift } from './editions';
import type { ClaimStatus, EditionSource, ExplainerSnapshot, RevisionKind, SnapshotContent } from './snapshot';

export interface ChangeSummary {
  fieldsChanged: string[];
  sectionsAdded: string[];
  sectionsRemoved: string[];
  sectionsEdited: string[];
  claimsStatusChanged: { id: string; statement: string; from: string | null; to: string }[];
  claimsAdded: string[];
  claimsRemoved: string[];
  mapsUpdated: { id: string; title: string; asOf: string }[];
  imagesChanged: number;
}

/** The summary of a publish that changed nothing: the start of every summary. */
export const noChanges = (): ChangeSummary => ({
  fieldsChanged: [],
  sectionsAdded: [],
  sectionsRemoved: [],
  sectionsEdited: [],
  claimsStatusChanged: [],
  claimsAdded: [],
  claimsRemoved: [],
  mapsUpdated: [],
  imagesChanged: 0,
});

export interface RevisionListItem {
  number: number;
  kind: RevisionKind;
  publicNote: string;
  internalNote: string | null;
  editorName: string | null;
  publishedAt: string;
  contentHash: string;
  restoredFrom: number | null;
  summary: ChangeSummary | null;
  /**
   * An edition's source revision (`{ locale: 'en', revision: 12 }`); null for the source edition.
   * The server always sends it; optional so views written before editions still type-check.
   */
  basedOn?: EditionSource | null;
}

export namespace PublishRevision {
  export interface Request {
    body: { kind?: RevisionKind; publicNote?: string; internalNote?: string; basedOn?: number | null };
    params: { documentId: string };
  }
  export interface Response {
    /**
     * `status` is the revision panel's state right after the publish (what GET …/revision-status
     * would answer), so the panel shows it at once instead of asking again.
     */
    data: ({ changed: true; revision: RevisionListItem } | { changed: false; latest: number | null; message: string }) & {
      status: ExplainerRevisionStatus.Response['data'];
    };
  }
}

export namespace ListRevisions {
  export interface Response {
    data: RevisionListItem[];
    meta: { pagination: { page: number; pageSize: number; total: number } };
  }
}

export namespace GetRevision {
  export interface Response {
    data: RevisionListItem & { snapshot: ExplainerSnapshot; diff: unknown };
  }
}

export namespace CompareRevisions {
  export interface Response {
    data: {
      from: number;
      to: number;
      /** jsondiffpatch delta from `from`'s content to `to`'s content. */
      delta: unknown;
      summary: ChangeSummary;
      left: SnapshotContent;
      right: SnapshotContent;
    };
  }
}

export namespace ExplainerRevisionStatus {
  export interface Response {
    data: {
      documentId: string;
      /** The edition (`?locale=`, default: Strapi's default locale). */
      locale?: string;
      latest: RevisionListItem | null;
      /** What the draft changes against the latest revision (null when never published). */
      pendingChanges: ChangeSummary | null;
      hasPendingChanges: boolean;
      /**
       * Translation drift, for an edition other than the source: the source's latest revision, the one
       * this edition's latest revision was translated from, and how many source revisions came since
       * ("behind by 2"). null for the source edition, or before the edition was first published.
       */
      drift?: EditionDrift | null;
    };
  }
}

/**
 * What restoring a revision cannot bring back. Claims and maps are shared, live records: a restore
 * puts back the explainer's own fields, body and list of claims, but each claim and map stays as it
 * is now. One item per claim or map of the revision that differs now (or is gone).
 */
export type NotRestoredItem =
  | {
      kind: 'claim';
      documentId: string;
      /** The claim's statement in the revision, shortened to one line. */
      label: string;
      /** Its status in the revision. */
      then: ClaimStatus;
      /** Its status now; null when the claim was deleted since. */
      now: ClaimStatus | null;
      /** What differs: the status, the statement's wording, its details (claimant, medium, source URL, date); empty when deleted. */
      changed: ('status' | 'statement' | 'details')[];
      deleted: boolean;
    }
  | {
      kind: 'map';
      documentId: string;
      /** The map's title in the revision. */
      title: string;
      /** Its as-of date (YYYY-MM-DD) in the revision. */
      thenAsOf: string;
      /** Its as-of date now; null when the map was deleted since. */
      nowAsOf: string | null;
      /** What differs: the as-of date, the GeoJSON features, its details (title, caption, source line, text description); empty when deleted. */
      changed: ('asOf' | 'geojson' | 'details')[];
      deleted: boolean;
    };

export namespace RestorePreview {
  export interface Request {
    params: { documentId: string; number: string };
  }
  export interface Response {
    data: { documentId: string; number: number; notRestored: NotRestoredItem[] };
  }
}

export namespace RestoreRevision {
  export interface Request {
    params: { documentId: string; number: string };
  }
  export interface Response {
    /** `notRestored`: the revision's claims and maps that keep their current state (see RestorePreview). */
    data: { documentId: string; restoredFrom: number; message: string; notRestored: NotRestoredItem[] };
  }
}

export namespace ListActivities {
  export interface Response {
    data: ActivityItem[];
  }
}
