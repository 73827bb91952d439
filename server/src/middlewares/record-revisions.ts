import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { getService } from '../utils';
import { collectPublishIssues } from '../validation/documents';
import { throwIfIssues } from '../validation/issues';

/**
 * Publish = revision, from every path: the Content Manager's button, REST (`?status=published` on
 * create/update), scripts and schedulers all reach the Document Service. The revision is written in
 * the publish's own transaction, so there is never a publish without its revision or the reverse.
 * Unpublish and delete queue the site's removal in theirs, so the site never keeps a withdrawn page.
 */
export const registerRevisionRecording = (strapi: Core.Strapi) => {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== UID.EXPLAINER) return next();
    const params = ctx.params as { documentId?: string; locale?: unknown; status?: string };
    const publishes = ctx.action === 'publish' || ((ctx.action === 'create' || ctx.action === 'update') && params.status === 'published');
    const withdraws = ctx.action === 'unpublish' || ctx.action === 'delete';
    if (!publishes && !withdraws) return next();

    const gate = async (documentId: string, loadedDraft?: unknown) => {
      const issues = await collectPublishIssues(strapi, documentId, loadedDraft);
      throwIfIssues(issues, `Cannot publish: ${issues.map((issue) => issue.message).join('; ')}`);
    };
    // A plain publish copies the draft as it is: the draft loaded once, under the lock, serves the
    // gate and the snapshot. Create/update with status=published change it first, so they load after.
    const publishesDraftAsIs = ctx.action === 'publish' && !!params.documentId;
    if (publishes && params.documentId && !publishesDraftAsIs) await gate(params.documentId);
    const run = () =>
      strapi.db.transaction(async () => {
        const revisions = getService('revisions');
        if (params.documentId) await revisions.lockExplainer(params.documentId);
        const draft = publishesDraftAsIs ? await revisions.renderDraft(params.documentId!, params.locale) : undefined;
        if (publishesDraftAsIs) await gate(params.documentId!, draft?.entry);
        const sync = getService('sync');
        const before = params.documentId ? await sync.publicationStates(params.documentId) : [];
        const result: any = await next();
        const documentId = params.documentId ?? result?.documentId;
        if (!documentId) return result;
        if (publishes) {
          await revisions.recordPublish(documentId, params.locale, draft);
          await sync.afterPublish(documentId, before);
        } else {
          await getService('publications').setLive(documentId, undefined, false);
          await sync.afterWithdraw(documentId, before, ctx.action === 'delete' ? 'deleted' : 'unpublished');
        }
        return result;
      });
    // A publish racing an editor's save can deadlock on PostgreSQL; the loser is rolled back whole
    // and, when this is the outermost transaction, simply run again. (A retried next() resumes at
    // the repository: Strapi's middleware chain does not rewind, so middlewares registered after
    // this one are not re-run on a retry.)
    if (strapi.db.inTransaction()) return run();
    for (let attempt = 1; ; attempt += 1) {
      try {
        return await run();
      } catch (error) {
        if (attempt >= 3 || !isDeadlock(error)) throw error;
      }
    }
  });
};

const isDeadlock = (error: unknown) => ['40P01', '40001'].includes((error as { code?: string })?.code ?? '');
