import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import type { MapValidateRequest, MapValidateResponse, MapVersionsResponse } from '../../../shared/contracts/maps';
import { getService } from '../utils';

/** Admin API for the map field: live validation while drawing, and a map's earlier versions. */
export default (_: { strapi: Core.Strapi }) => ({
  async validate(ctx: Context) {
    const body = ctx.request.body as Partial<MapValidateRequest> | undefined;
    ctx.body = { data: await getService('maps').validate(body?.geojson) } satisfies MapValidateResponse;
  },

  async versions(ctx: Context) {
    ctx.body = { data: await getService('maps').versions(ctx.params.documentId) } satisfies MapVersionsResponse;
  },
});
