import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { canonicalJson } from '../snapshot/hash';
import { currentActor } from '../utils/actor';

/** Changing a map's lines or its as-of date keeps the previous state as a version, in the same transaction. */
export const registerMapVersions = (strapi: Core.Strapi) => {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== UID.MAP || ctx.action !== 'update') return next();
    const params = ctx.params as { documentId: string; data?: Record<string, unknown> };
    if (!params.data || (params.data.geojson === undefined && params.data.asOf === undefined)) return next();
    return strapi.db.transaction(async () => {
      const before = await strapi.db.query(UID.MAP).findOne({ select: ['asOf', 'sourceLine', 'geojson'], where: { documentId: params.documentId } });
      const result = await next();
      const after = await strapi.db.query(UID.MAP).findOne({ select: ['asOf', 'geojson'], where: { documentId: params.documentId } });
      if (before && after && (String(before.asOf) !== String(after.asOf) || canonicalJson(before.geojson) !== canonicalJson(after.geojson))) {
        await strapi.db.query(UID.MAP_VERSION).create({
          data: {
            mapDocumentId: params.documentId,
            asOf: before.asOf,
            sourceLine: before.sourceLine,
            geojson: before.geojson,
            replacedAt: new Date(),
            replacedBy: currentActor(strapi).name,
          },
        });
      }
      return result;
    });
  });
};
