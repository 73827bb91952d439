import type { PublicationState } from '../services/sync/lifecycle';
import { getService } from '../utils';
import type { RecordedRevision } from './revision';

/** Which pages were live before the write, so the site hears what changed (read under the lock). */
export const publicationStatesBefore = (documentId: string | undefined): Promise<PublicationState[]> =>
  documentId ? getService('sync').publicationStates(documentId) : Promise.resolve([]);

/** Step 7: the edition's new revision is queued for every enabled site (its own stream), in the publish transaction. */
export const enqueueRevision = (documentId: string, locale: string, revision: RecordedRevision, snapshotJson: string): Promise<void> =>
  getService('sync').enqueue(
    { id: revision.id, explainerDocumentId: documentId, locale, slug: revision.snapshot.content.slug, number: revision.number },
    { snapshotJson, publishedAt: revision.publishedAt }
  );

/** A republish that made no revision: sites that had an edition's page removed get its latest revision back. */
export const enqueueRepublish = (documentId: string, before: PublicationState[]): Promise<void> => getService('sync').afterPublish(documentId, before);

/** Each withdrawn edition's page that was live is taken down at the sites, in order with its revisions. */
export const enqueueRemovals = (documentId: string, before: PublicationState[], reason: 'unpublished' | 'deleted'): Promise<void> =>
  getService('sync').afterWithdraw(documentId, before, reason);
