import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { takePublishIntent } from '../publishing/intent';
import { isPublishing } from '../publishing/running';
import { getService } from '../utils';

/**
 * Publish = revision, from every path: the Content Manager's button, REST (`?status=published` on
 * create/update), scripts and schedulers all reach the Document Service, and this hands each publish,
 * unpublish and delete of an explainer to the publish pipeline (server/src/publishing).
 */
export const registerRevisionRecording = (strapi: Core.Strapi) => {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== UID.EXPLAINER) return next();
    const params = ctx.params as { documentId?: string; locale?: unknown; status?: string };
    const publishes = ctx.action === 'publish' || ((ctx.action === 'create' || ctx.action === 'update') && params.status === 'published');
    const withdraws = ctx.action === 'unpublish' || ctx.action === 'delete';
    // The plugin's "Publish update" runs the pipeline itself around this very publish.
    if ((!publishes && !withdraws) || isPublishing(params.documentId)) return next();

    const publishing = getService('publishing');
    // Whatever the action returns, handed back unchanged (its type is a union over every action).
    const apply = async (): Promise<any> => next();
    if (withdraws) {
      return publishing.withdraw({ documentId: params.documentId, locale: params.locale, reason: ctx.action === 'delete' ? 'deleted' : 'unpublished', apply });
    }
    const { document } = await publishing.publish({
      documentId: params.documentId,
      locale: params.locale,
      // The kind and notes the editor chose in the publish dialog; otherwise the stated default:
      // an update whose public note says what changed (publishing/revision.ts).
      intent: (await takePublishIntent(strapi, params.documentId)) ?? { kind: 'update' },
      copiesDraftAsIs: ctx.action === 'publish',
      apply,
    });
    return document;
  });
};
