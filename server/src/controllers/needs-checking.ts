import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { NEEDS_CHECKING_LISTS, type NeedsCheckingList } from '../../../shared/contracts/needs-checking';
import { UID } from '../constants';
import { ACTIONS } from '../permissions';
import { getService } from '../utils';
import { throwIfIssues } from '../validation/issues';

type Ability = { can: (action: string, subject?: unknown) => boolean };

/** Who may see which list: the claims desk's readers, the maps' readers, sync managers. */
const allowedLists = (ability: Ability): Set<NeedsCheckingList> => {
  const lists = new Set<NeedsCheckingList>();
  if (ability.can(ACTIONS.readClaims)) lists.add('claims');
  if (ability.can('plugin::content-manager.explorer.read', UID.MAP)) lists.add('maps');
  if (ability.can(ACTIONS.manageSync)) lists.add('deliveries');
  return lists;
};

export default (_: { strapi: Core.Strapi }) => ({
  async overview(ctx: Context) {
    const unknown = Object.keys(ctx.query).filter((key) => key !== 'list');
    if (unknown.length) throwIfIssues(unknown.map((key) => ({ path: [key], message: 'is not a filter of this list' })));
    const asked = ctx.query.list;
    if (asked !== undefined && !(NEEDS_CHECKING_LISTS as readonly unknown[]).includes(asked)) {
      throwIfIssues([{ path: ['list'], message: `must be one of ${NEEDS_CHECKING_LISTS.join(', ')}` }]);
    }
    const allowed = allowedLists(ctx.state.userAbility);
    const lists = asked ? new Set([...allowed].filter((list) => list === asked)) : allowed;
    ctx.body = { data: await getService('needs-checking').overview(lists) };
  },
});
