import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { Context } from 'koa';
import { getService } from '../utils';
import { parsePositiveInt } from '../validation/public';

type FileAction = 'plugin::upload.read' | 'plugin::upload.assets.update';

/**
 * The file's id, once Strapi's permission engine allows `action` on that very file: conditions
 * such as "own files only" apply here as in the Media Library (the same check as its findOne).
 */
const permittedFileId = async (strapi: Core.Strapi, ctx: Context, action: FileAction) => {
  const id = parsePositiveInt(ctx.params.id, 'id');
  const file = await strapi.plugin('upload').service('upload').findOne(id, ['createdBy', 'folder']);
  if (!file) throw new errors.NotFoundError(`No file ${id}`);
  const manager = strapi.service('admin::permission').createPermissionsManager({ ability: ctx.state.userAbility, action, model: 'plugin::upload.file' });
  // The admin conditions ("is creator", "same role as creator") read the creator and its roles.
  const creatorId = file.createdBy?.id;
  const creator = creatorId ? await strapi.service('admin::user').findOne(creatorId, ['roles']) : null;
  if (manager.ability.cannot(action, manager.toSubject({ ...file, createdBy: creator }))) {
    throw new errors.ForbiddenError(action === 'plugin::upload.read' ? 'You may not read this file' : 'You may not change this file');
  }
  return id;
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async metadata(ctx: Context) {
    ctx.body = { data: await getService('media').metadata(await permittedFileId(strapi, ctx, 'plugin::upload.read')) };
  },
  async stripLocation(ctx: Context) {
    ctx.body = { data: await getService('media').stripLocation(await permittedFileId(strapi, ctx, 'plugin::upload.assets.update')) };
  },
  async keepLocation(ctx: Context) {
    ctx.body = { data: await getService('media').keepLocation(await permittedFileId(strapi, ctx, 'plugin::upload.assets.update')) };
  },
});
