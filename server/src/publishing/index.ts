import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../constants';
import { recordActivity } from '../services/activity';
import { loadRendered, localeKey, type RenderedEntry } from '../snapshot/load';
import { getService } from '../utils';
import { enqueueRemovals, enqueueRepublish, enqueueRevision, publicationStatesBefore } from './deliveries';
import { diffAgainstLatest } from './diff';
import { assertPublishable } from './gate';
import { lockExplainer } from './lock';
import { recordPublication, setPublicationLive } from './publication';
import { recordRevision } from './revision';
import { whilePublishing } from './running';
import { inRetriedTransaction } from './transaction';
import type { Publishing, PublishIntent, PublishOutcome, PublishRequest, WithdrawRequest } from './types';

/**
 * Publish = revision, from every path (the Content Manager, REST, scripts, schedulers and the
 * plugin's "Publish update"), in the publish's own transaction: lock → gate → snapshot → diff →
 * revision → publication → deliveries. There is never a publish without its revision or the reverse.
 */
export const createPublishing = (strapi: Core.Strapi): Publishing => {
  /** Steps 3 to 7, once Strapi has published: a revision unless the content is unchanged. */
  const recordPublish = async (documentId: string, locale: string | null, rendered: RenderedEntry, intent: PublishIntent): Promise<PublishOutcome> => {
    const change = await diffAgainstLatest(strapi, documentId, locale, rendered.content);
    if (!change.changed) {
      await setPublicationLive(documentId, locale, true);
      await recordActivity(strapi, { action: 'explainer.publish-unchanged', explainerDocumentId: documentId, revisionNumber: change.latest.number });
      return { changed: false, latest: change.latest.number };
    }
    const revision = await recordRevision(strapi, { documentId, locale, rendered, change, intent });
    const snapshotJson = await recordPublication(revision.snapshot);
    await enqueueRevision(documentId, revision, snapshotJson);
    await recordActivity(strapi, {
      action: 'revision.publish',
      explainerDocumentId: documentId,
      revisionNumber: revision.number,
      detail: { kind: revision.snapshot.revision.kind, note: revision.snapshot.revision.note },
    });
    return { changed: true, revisionId: revision.id, number: revision.number };
  };

  const publishing: Publishing = {
    async publish<Document>({ documentId, locale: localeParam, intent, copiesDraftAsIs, apply }: PublishRequest<Document>) {
      const locale = localeKey(localeParam);
      const draftAsIs = copiesDraftAsIs && !!documentId;
      // Create/update with status=published change the draft first: the gate reads it before the write.
      if (documentId && !draftAsIs) await assertPublishable(strapi, documentId);
      return inRetriedTransaction(strapi, async () => {
        if (documentId) await lockExplainer(strapi, documentId);
        const draft = draftAsIs ? await loadRendered(strapi, documentId!, locale, 'draft') : null;
        if (draftAsIs) await assertPublishable(strapi, documentId!, draft?.entry);
        const before = await publicationStatesBefore(documentId);
        const document = await apply();
        const publishedId = documentId ?? (document as { documentId?: string } | null)?.documentId;
        if (!publishedId) return { document, outcome: null };
        const rendered = draft ?? (await loadRendered(strapi, publishedId, locale, 'published'));
        const outcome = rendered ? await recordPublish(publishedId, locale, rendered, intent) : null;
        await enqueueRepublish(publishedId, before);
        return { document, outcome };
      });
    },

    /** Unpublish and delete: off the public API and queued as removals for the sites, in the write's transaction. */
    async withdraw<Document>({ documentId, reason, apply }: WithdrawRequest<Document>) {
      return inRetriedTransaction(strapi, async () => {
        if (documentId) await lockExplainer(strapi, documentId);
        const before = await publicationStatesBefore(documentId);
        const document = await apply();
        const withdrawnId = documentId ?? (document as { documentId?: string } | null)?.documentId;
        if (!withdrawnId) return document;
        await setPublicationLive(withdrawnId, undefined, false);
        await enqueueRemovals(withdrawnId, before, reason);
        await recordActivity(strapi, { action: reason === 'deleted' ? 'explainer.delete' : 'explainer.unpublish', explainerDocumentId: withdrawnId });
        return document;
      });
    },

    /** The plugin's "Publish update": the draft as it is, with the editor's kind and notes. */
    async publishUpdate(documentId, intent) {
      const exists = await strapi.documents(UID.EXPLAINER).findOne({ documentId, status: 'draft', fields: ['id'] } as any);
      if (!exists) throw new errors.NotFoundError('No explainer with this documentId');
      const { outcome } = await publishing.publish({
        documentId,
        intent,
        copiesDraftAsIs: true,
        apply: () => whilePublishing(documentId, () => strapi.documents(UID.EXPLAINER).publish({ documentId } as any)),
      });
      if (!outcome || !outcome.changed) {
        return { changed: false, latest: outcome?.latest ?? null, message: 'Nothing changed since the last revision; no revision was made.' };
      }
      return { changed: true, revision: await getService('revisions').listItem(outcome.revisionId) };
    },
  };
  return publishing;
};
