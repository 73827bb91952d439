import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { UID } from '../constants';
import { ACTIONS } from '../permissions';
import { permittedWhere } from '../policies';
import { getService } from '../utils';
import {
  validateChangeStatus,
  validateCreateActor,
  validateCreateClaim,
  validateLink,
  validateListQuery,
  validateUpdateClaim,
  validateVerify,
} from '../validation/claims';

const canManageActors = (ctx: Context) => (ctx.state as any).userAbility?.can(ACTIONS.manageActors) === true;

/** Admin API of the claims desk: validate first, then the service. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context) {
    // A role limited by conditions (e.g. "is creator") lists only the claims it may read.
    const scope = permittedWhere(strapi, ctx.state.userAbility, ACTIONS.readClaims, UID.CLAIM);
    ctx.body = await getService('claims-desk').list(await validateListQuery(ctx.query), scope);
  },
  async findOne(ctx: Context) {
    ctx.body = { data: await getService('claims-desk').get(ctx.params.documentId) };
  },
  async create(ctx: Context) {
    const input = await validateCreateClaim(ctx.request.body);
    if (input.newActor && !canManageActors(ctx)) throw new errors.ForbiddenError('Creating an actor needs the "Manage actors" permission');
    ctx.status = 201;
    ctx.body = { data: await getService('claims-desk').create(input) };
  },
  async update(ctx: Context) {
    ctx.body = { data: await getService('claims-desk').update(ctx.params.documentId, await validateUpdateClaim(ctx.request.body)) };
  },
  async changeStatus(ctx: Context) {
    ctx.body = { data: await getService('claims-desk').changeStatus(ctx.params.documentId, await validateChangeStatus(ctx.request.body)) };
  },
  async markVerified(ctx: Context) {
    ctx.body = { data: await getService('claims-desk').markVerified(ctx.params.documentId, await validateVerify(ctx.request.body)) };
  },
  async link(ctx: Context) {
    ctx.body = { data: await getService('claims-desk').link(ctx.params.documentId, await validateLink(ctx.request.body), true) };
  },
  async unlink(ctx: Context) {
    const { kind, target } = ctx.params;
    ctx.body = { data: await getService('claims-desk').link(ctx.params.documentId, await validateLink({ kind, target }), false) };
  },
  async listActors(ctx: Context) {
    const search = typeof ctx.query.search === 'string' ? ctx.query.search.slice(0, 200) : undefined;
    ctx.body = { data: await getService('claims-desk').listActors(search) };
  },
  async createActor(ctx: Context) {
    ctx.status = 201;
    ctx.body = { data: await getService('claims-desk').createActor(await validateCreateActor(ctx.request.body)) };
  },
});
