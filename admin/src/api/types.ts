/** Admin-side types of the revisions API (re-exported from the shared contracts, plus what they omit). */
import type {
  ChangeSummary,
  CompareRevisions,
  ExplainerRevisionStatus,
  GetRevision,
  ListRevisions,
  NotRestoredItem,
  PublishRevision,
  RestorePreview,
  RestoreRevision,
  RevisionListItem,
} from '../../../shared/contracts/revisions';
import type { RevisionKind, SnapshotContent } from '../../../shared/contracts/snapshot';
import type { ExplainerSummary } from '../../../shared/contracts/explainers';
import type { EditionSummary, TranslationDrift } from '../../../shared/contracts/editions';
import type { ActivityDetail, ActivityItem } from '../../../shared/contracts/activity';

export type { ChangeSummary, NotRestoredItem, RevisionKind, RevisionListItem, SnapshotContent };

export type RevisionStatus = ExplainerRevisionStatus.Response['data'];
export type RevisionPage = ListRevisions.Response;
export type RevisionDetail = GetRevision.Response['data'];
/** The compare endpoint also returns the `to` revision's content as `right`. */
export type RevisionComparison = CompareRevisions.Response['data'] & { right: SnapshotContent };
export type PublishInput = PublishRevision.Request['body'];
export type PublishResult = PublishRevision.Response['data'];
export type RestoreResult = RestoreRevision.Response['data'];
export type RestorePreviewResult = RestorePreview.Response['data'];
export type TranslationDriftResult = TranslationDrift.Response['data'];
export type { EditionSummary };

/** One entry of the explainer's editorial audit log (shared/contracts/activity.ts). */
export type Activity = Omit<ActivityItem, 'id' | 'explainerDocumentId' | 'locale' | 'detail'> & {
  id?: number;
  explainerDocumentId?: string | null;
  detail?: ActivityDetail | null;
};

/** An explainer in the plugin's lists, most recently edited first. */
export type ExplainerListItem = ExplainerSummary;

export interface RevisionsApi {
  /** The edition this API is bound to (none: Strapi's default locale). */
  readonly locale?: string;
  getStatus(documentId: string): Promise<RevisionStatus>;
  listRevisions(documentId: string, options?: { page?: number; pageSize?: number }): Promise<RevisionPage>;
  getRevision(documentId: string, number: number): Promise<RevisionDetail>;
  compareRevisions(documentId: string, from: number, to: number): Promise<RevisionComparison>;
  /** What the edition has to carry over from the source edition (its drift, the source's changes, claim status changes). */
  getTranslationDrift(documentId: string): Promise<TranslationDriftResult>;
  publish(documentId: string, input: PublishInput): Promise<PublishResult>;
  /** The dialog's kind and notes for the Content Manager's own publish request that follows. */
  stagePublishIntent(documentId: string, input: PublishInput): Promise<void>;
  clearPublishIntent(documentId: string): Promise<void>;
  /** What restoring the revision would not bring back (its claims and maps that differ now). */
  restorePreview(documentId: string, number: number): Promise<RestorePreviewResult>;
  restore(documentId: string, number: number): Promise<RestoreResult>;
  listActivities(documentId: string): Promise<Activity[]>;
  listExplainers(): Promise<ExplainerListItem[]>;
}
