import type { Context } from 'koa';

/**
 * Like admin::hasPermissions, but one of the listed actions is enough: for reads several desks
 * share (the explainer list serves the revisions pages and the claims desk).
 */
const hasAnyPermission = (ctx: Context, config: { actions: string[] }) => {
  const ability = ctx.state.userAbility;
  return !!ability && config.actions.some((action) => ability.can(action));
};

export default { 'has-any-permission': hasAnyPermission };
