import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { collectDataIssues, collectStoredIssues } from '../validation/documents';
import { normalizeMapGeoJson, validateMapGeoJson } from '../validation/geojson';
import { throwIfIssues, type FieldIssue } from '../validation/issues';
import { collectLookalikeIssues } from '../validation/lookalikes';

const WRITE_ACTIONS = new Set(['create', 'update']);
const VALIDATED = new Set<string>([UID.EXPLAINER, UID.CLAIM, UID.ACTOR, UID.MAP]);

/** Does a relation value (id, documentId, or connect/set operations) name anything? */
const namesSomething = (value: unknown): boolean => {
  if (value === null || value === undefined || value === '') return false;
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value !== 'object') return true;
  const { connect, set } = value as { connect?: unknown; set?: unknown };
  if (connect !== undefined || set !== undefined) return namesSomething(connect) || namesSomething(set);
  return true;
};

/** What the values of a write get wrong, all at once: fields, the map's geometry, look-alike actors. */
const collectWriteIssues = async (strapi: Core.Strapi, uid: string, action: string, data: Record<string, unknown>, documentId?: string) => {
  const attributes = strapi.contentType(uid as any).attributes as any;
  const issues: FieldIssue[] = collectDataIssues(strapi, attributes, data, [], uid);
  const reported = (field: string) => issues.some((issue) => issue.path[0] === field);
  if (uid === UID.MAP && data.geojson != null && !reported('geojson')) issues.push(...(await validateMapGeoJson(data.geojson, ['geojson'])));
  // A new claim without a claimant is refused after the write too; saying so now lists it with the rest.
  if (uid === UID.CLAIM && action === 'create' && !namesSomething(data.claimant)) {
    issues.push({ path: ['claimant'], message: 'is required: every claim names who made it' });
  }
  if (uid === UID.ACTOR && 'name' in data && !reported('name')) issues.push(...(await collectLookalikeIssues(strapi, data.name, documentId)));
  return issues;
};

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
    const values = data as Record<string, unknown>;
    throwIfIssues(await collectWriteIssues(strapi, ctx.uid, ctx.action, values, params.documentId));
    if (ctx.uid === UID.MAP && values.geojson != null) values.geojson = normalizeMapGeoJson(values.geojson);

    return strapi.db.transaction(async () => {
      const result: any = await next();
      const documentId = result?.documentId ?? params.documentId;
      if (documentId) throwIfIssues(await collectStoredIssues(strapi, ctx.uid, documentId));
      return result;
    });
  });
};
