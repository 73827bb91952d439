/** Admin API contracts for revisions (one namespace per endpoint). */
import type { ExplainerSnapshot, RevisionKind, SnapshotContent } from './snapshot';

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
}

export namespace PublishRevision {
  export interface Request {
    body: { kind?: RevisionKind; publicNote?: string; internalNote?: string };
    params: { documentId: string };
  }
  export interface Response {
    data: { changed: true; revision: RevisionListItem } | { changed: false; latest: number | null; message: string };
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
      latest: RevisionListItem | null;
      /** What the draft changes against the latest revision (null when never published). */
      pendingChanges: ChangeSummary | null;
      hasPendingChanges: boolean;
    };
  }
}

export namespace RestoreRevision {
  export interface Response {
    data: { documentId: string; restoredFrom: number; message: string };
  }
}

export namespace ListActivities {
  export interface Response {
    data: { action: string; revisionNumber: number | null; actorName: string | null; at: string; detail: Record<string, unknown> | null }[];
  }
}
