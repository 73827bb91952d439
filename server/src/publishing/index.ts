import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { UID } from '../constants';
import { ALL_LOCALES, defaultLocale, resolveLocale } from '../editions/locales';
import { recordActivity } from '../services/activity';
import { loadRendered, type RenderedEntry } from '../snapshot/load';
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
  /** Steps 3 to 7 for one edition, once Strapi has published: a revision unless the content is unchanged. */
  const recordPublish = async (documentId: string, locale: string, rendered: RenderedEntry, intent: PublishIntent): Promise<PublishOutcome> => {
    const change = await diffAgainstLatest(strapi, documentId, locale, rendered.content);
    if (!change.changed) {
      await setPublicationLive(documentId, locale, true);
      await recordActivity(strapi, { action: 'explainer.publish-unchanged', explainerDocumentId: documentId, locale, revisionNumber: change.latest.number });
      return { changed: false, latest: change.latest.number };
    }
    const revision = await recordRevision(strapi, { documentId, locale, rendered, change, intent });
    const snapshotJson = await recordPublication(revision.snapshot);
    await enqueueRevision(documentId, locale, revision, snapshotJson);
    await recordActivity(strapi, {
      action: 'revision.publish',
      explainerDocumentId: documentId,
      locale,
      revisionNumber: revision.number,
      detail: { kind: revision.snapshot.revision.kind, note: revision.snapshot.revision.note },
    });
    return { changed: true, revisionId: revision.id, number: revision.number };
  };

  /** The editions a publish covers: the one it names (default: Strapi's default locale), or every draft's for `*`. */
  const editionsOf = async (documentId: string | undefined, localeParam: unknown): Promise<string[]> => {
    const locale = await resolveLocale(strapi, localeParam, { allowAll: true });
    if (locale !== ALL_LOCALES) return [locale];
    if (!documentId) return [await defaultLocale(strapi)];
    const drafts = await strapi.db.query(UID.EXPLAINER).findMany({ select: ['locale'], where: { documentId, publishedAt: null } });
    return [...new Set(drafts.map((row: { locale: string }) => row.locale))].sort();
  };

  const publishing: Publishing = {
    async publish<Document>({ documentId, locale: localeParam, intent, copiesDraftAsIs, apply }: PublishRequest<Document>) {
      const locales = await editionsOf(documentId, localeParam);
      const draftAsIs = copiesDraftAsIs && !!documentId;
      // Create/update with status=published change the draft first: the gate reads it before the write.
      if (documentId && !draftAsIs) for (const locale of locales) await assertPublishable(strapi, documentId, locale);
      return inRetriedTransaction(strapi, async () => {
        if (documentId) await lockExplainer(strapi, documentId);
        // A publish copies each edition's draft as it is: loaded under the lock, it serves the gate and the snapshot.
        const drafts = new Map<string, RenderedEntry | null>();
        if (draftAsIs) {
          for (const locale of locales) {
            const draft = await loadRendered(strapi, documentId!, locale, 'draft');
            await assertPublishable(strapi, documentId!, locale, draft?.entry);
            drafts.set(locale, draft);
          }
        }
        const before = await publicationStatesBefore(documentId);
        const document = await apply();
        const publishedId = documentId ?? (document as { documentId?: string } | null)?.documentId;
        if (!publishedId) return { document, outcome: null };
        let outcome: PublishOutcome | null = null;
        for (const locale of locales) {
          const rendered = drafts.get(locale) ?? (await loadRendered(strapi, publishedId, locale, 'published'));
          // Each edition records its own revision; the outcome answered is the first edition's.
          const recorded = rendered ? await recordPublish(publishedId, locale, rendered, intent) : null;
          outcome = outcome ?? recorded;
        }
        await enqueueRepublish(publishedId, before);
        return { document, outcome };
      });
    },

    /** Unpublish and delete: off the public API and queued as removals for the sites, in the write's transaction. */
    async withdraw<Document>({ documentId, locale: localeParam, reason, apply }: WithdrawRequest<Document>) {
      const locale = await resolveLocale(strapi, localeParam, { allowAll: true });
      // One edition off the public API, or every edition for `*`; the others stay live.
      const withdrawn = locale === ALL_LOCALES ? undefined : locale;
      return inRetriedTransaction(strapi, async () => {
        if (documentId) await lockExplainer(strapi, documentId);
        // Only the withdrawn edition's page goes (every edition's for `*`).
        const before = (await publicationStatesBefore(documentId)).filter((state) => (withdrawn ?? state.locale) === state.locale);
        const document = await apply();
        const withdrawnId = documentId ?? (document as { documentId?: string } | null)?.documentId;
        if (!withdrawnId) return document;
        await setPublicationLive(withdrawnId, withdrawn, false);
        await enqueueRemovals(withdrawnId, before, reason);
        await recordActivity(strapi, { action: reason === 'deleted' ? 'explainer.delete' : 'explainer.unpublish', explainerDocumentId: withdrawnId, locale: withdrawn ?? null });
        return document;
      });
    },

    /** The plugin's "Publish update": the draft as it is, with the editor's kind and notes. */
    async publishUpdate(documentId, intent, localeParam) {
      const locale = await resolveLocale(strapi, localeParam);
      const exists = await strapi.documents(UID.EXPLAINER).findOne({ documentId, locale, status: 'draft', fields: ['id'] } as any);
      if (!exists) throw new errors.NotFoundError(`No explainer with this documentId in the “${locale}” edition`);
      const { outcome } = await publishing.publish({
        documentId,
        locale,
        intent,
        copiesDraftAsIs: true,
        apply: () => whilePublishing(documentId, () => strapi.documents(UID.EXPLAINER).publish({ documentId, locale } as any)),
      });
      if (!outcome || !outcome.changed) {
        return { changed: false, latest: outcome?.latest ?? null, message: 'Nothing changed since the last revision; no revision was made.' };
      }
      return { changed: true, revision: await getService('revisions').listItem(outcome.revisionId) };
    },
  };
  return publishing;
};
