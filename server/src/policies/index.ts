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

type Ability = { can: (action: string, subject?: unknown) => boolean; rulesFor: (action: string, subjectType: string) => { conditions?: unknown }[] };

/** One document as the permission engine's conditions read it: with its creator and the creator's roles. */
const withCreator = { createdBy: { populate: ['roles'] } };

const mayOn = (strapi: Core.Strapi, ability: Ability, action: string, model: string, document: object) => {
  const manager = strapi.service('admin::permission').createPermissionsManager({ ability, action, model });
  return manager.ability.can(action, manager.toSubject(document));
};

/**
 * admin::hasPermissions asks whether a role holds the action at all, so a condition on it ("is
 * creator", a newsroom's own) would be ignored. Here Strapi's permission engine judges the one
 * document the route names.
 */
const canOnDocument = async (ctx: Context, config: { action: string; model: string }, { strapi }: { strapi: Core.Strapi }) => {
  const documentId = ctx.params.documentId;
  if (typeof documentId !== 'string' || !DOCUMENT_ID.test(documentId)) return true;
  const document = await strapi.db.query(config.model as any).findOne({ where: { documentId }, populate: withCreator });
  return !document || mayOn(strapi, ctx.state.userAbility, config.action, config.model, document);
};

/** The documents among `documentIds` on which the user may do one of `actions`, conditions included. */
export const permittedDocumentIds = async (strapi: Core.Strapi, ability: Ability, model: string, actions: string[], documentIds: string[]) => {
  const conditional = actions.some((action) => ability.rulesFor(action, model).some((rule) => rule.conditions));
  // Without conditions, the route's own policy has already said yes to every document.
  if (!conditional) return new Set(documentIds);
  const documents = await strapi.db.query(model as any).findMany({ where: { documentId: { $in: documentIds } }, populate: withCreator });
  return new Set<string>(documents.filter((document: any) => actions.some((action) => mayOn(strapi, ability, action, model, document))).map((document: any) => document.documentId));
};

/**
 * The database filter for the documents of `model` on which the user may do `action`, from Strapi's
 * permission engine (conditions included); undefined when the role holds the action without conditions.
 */
export const permittedWhere = (strapi: Core.Strapi, ability: Ability, action: string, model: string): object | undefined => {
  if (!ability.rulesFor(action, model).some((rule) => rule.conditions)) return undefined;
  const manager = strapi.service('admin::permission').createPermissionsManager({ ability, action, model });
  // null: no rule applies to this model at all, so no document is allowed.
  return manager.getQuery() ?? { id: { $null: true } };
};

export default { 'has-any-permission': hasAnyPermission, 'can-on-document': canOnDocument };
