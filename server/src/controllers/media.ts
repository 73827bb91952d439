import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { UID } from '../constants';
import { getService } from '../utils';
import { normalizeMapGeoJson, validateMapGeoJson } from '../validation/geojson';
import { parsePositiveInt } from '../validation/public';

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async metadata(ctx: Context) {
    ctx.body = { data: await getService('media').metadata(parsePositiveInt(ctx.params.id, 'id')) };
  },
  async stripLocation(ctx: Context) {
    ctx.body = { data: await getService('media').stripLocation(parsePositiveInt(ctx.params.id, 'id')) };
  },
  async keepLocation(ctx: Context) {
    ctx.body = { data: await getService('media').keepLocation(parsePositiveInt(ctx.params.id, 'id')) };
  },
  /** The server's own GeoJSON check, for the map field's live feedback (the same code gates saves). */
  async validateMap(ctx: Context) {
    const body = ctx.request.body as { geojson?: unknown } | undefined;
    const issues = validateMapGeoJson(body?.geojson ?? null, ['geojson']);
    ctx.body = { data: { valid: issues.length === 0, issues, normalized: issues.length === 0 ? normalizeMapGeoJson(body!.geojson) : null } };
  },

  async mapVersions(ctx: Context) {
    const versions = await strapi.db.query(UID.MAP_VERSION).findMany({
      where: { mapDocumentId: ctx.params.documentId },
      orderBy: { id: 'desc' },
      limit: 50,
    });
    ctx.body = { data: versions };
  },
});
