import type { PublicationState } from '../services/sync/lifecycle';
import { getService } from '../utils';
import type { RecordedRevision } from './revision';

/** Which pages were live before the write, so the site hears what changed (read under the lock). */
export const publicationStatesBefore = (documentId: string | undefined): Promise<PublicationState[]> =>
  documentId ? getService('sync').publicationStates(documentId) : Promise.resolve([]);

/** Step 7: the new revision is queued for every enabled site, in the publish transaction. */
export const enqueueRevision = (documentId: string, revision: RecordedRevision, snapshotJson: string): Promise<void> =>
  getService('sync').enqueue(revision.id, documentId, revision.snapshot.content.slug, revision.number, {
    snapshotJson,
    publishedAt: revision.publishedAt,
  });

/** A republish that made no revision: sites that had the page removed get the latest one back. */
export const enqueueRepublish = (documentId: string, before: PublicationState[]): Promise<void> => getService('sync').afterPublish(documentId, before);

/** Every page that was live is taken down at the sites, in order with the explainer's revisions. */
export const enqueueRemovals = (documentId: string, before: PublicationState[], reason: 'unpublished' | 'deleted'): Promise<void> =>
  getService('sync').afterWithdraw(documentId, before, reason);
