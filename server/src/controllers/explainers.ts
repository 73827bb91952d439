import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { UID } from '../constants';
import { ACTIONS } from '../permissions';
import { permittedDocumentIds } from '../policies';
import { getService } from '../utils';

/** The explainers an editor can open in the plugin's pages: those its role's conditions allow. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(ctx: Context) {
    const explainers = await getService('explainers').list();
    const allowed = await permittedDocumentIds(strapi, ctx.state.userAbility, UID.EXPLAINER, [ACTIONS.readRevisions, ACTIONS.readClaims], explainers.map((explainer) => explainer.documentId));
    ctx.body = { data: explainers.filter((explainer) => allowed.has(explainer.documentId)) };
  },
});
