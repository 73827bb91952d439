import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { collectDataIssues, collectStoredIssues } from '../validation/documents';
import { normalizeMapGeoJson } from '../validation/geojson';
import { throwIfIssues } from '../validation/issues';

const WRITE_ACTIONS = new Set(['create', 'update']);
const VALIDATED = new Set<string>([UID.EXPLAINER, UID.CLAIM, UID.ACTOR, UID.MAP]);

/**
 * One gate for every write path (Content Manager, REST, scripts): the Document Service. Values are
 * checked before the write; relations after it, inside one transaction so a refusal saves nothing.
 */
export const registerDocumentValidation = (strapi: Core.Strapi) => {
  strapi.documents.use(async (ctx, next) => {
    if (!VALIDATED.has(ctx.uid) || !WRITE_ACTIONS.has(ctx.action)) return next();
    const params = ctx.params as { data?: unknown; documentId?: string };
    const data = params.data;
    if (typeof data !== 'object' || data === null || Array.isArray(data)) {
      throwIfIssues([{ path: ['data'], message: 'must be an object' }]);
    }
    const attributes = strapi.contentType(ctx.uid as any).attributes as any;
    throwIfIssues(collectDataIssues(strapi, attributes, data as Record<string, unknown>, [], ctx.uid));
    if (ctx.uid === UID.MAP && (data as Record<string, unknown>).geojson != null) {
      (data as Record<string, unknown>).geojson = normalizeMapGeoJson((data as Record<string, unknown>).geojson);
    }

    return strapi.db.transaction(async () => {
      const result: any = await next();
      const documentId = result?.documentId ?? params.documentId;
      if (documentId) throwIfIssues(await collectStoredIssues(strapi, ctx.uid, documentId));
      return result;
    });
  });
};
