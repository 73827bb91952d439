import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';

/** An action alone, or an action on one model (e.g. the Content Manager's update on maps). */
export type PermissionRequirement = string | { action: string; subject: string };

/**
 * Like admin::hasPermissions, but one of the listed actions is enough: for reads several desks
 * share (the explainer list serves the revisions pages and the claims desk).
 */
const hasAnyPermission = (ctx: Context, config: { actions: PermissionRequirement[] }) => {
  const ability = ctx.state.userAbility;
  return !!ability && config.actions.some((required) => (typeof required === 'string' ? ability.can(required) : ability.can(required.action, required.subject)));
};

/** What Strapi's document ids look like; anything else is left to the handler's own 400/404. */
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * admin::hasPermissions asks whether a role holds the action at all, so a condition on it ("is
 * creator", a newsroom's own) would be ignored. Here Strapi's permission engine judges the one
 * document the route names, with the creator and its roles the conditions read.
 */
const canOnDocument = async (ctx: Context, config: { action: string; model: string }, { strapi }: { strapi: Core.Strapi }) => {
  const documentId = ctx.params.documentId;
  if (typeof documentId !== 'string' || !DOCUMENT_ID.test(documentId)) return true;
  const document = await strapi.db.query(config.model as any).findOne({ where: { documentId }, populate: { createdBy: { populate: ['roles'] } } });
  if (!document) return true;
  const manager = strapi.service('admin::permission').createPermissionsManager({ ability: ctx.state.userAbility, action: config.action, model: config.model });
  return manager.ability.can(config.action, manager.toSubject(document));
};

export default { 'has-any-permission': hasAnyPermission, 'can-on-document': canOnDocument };
