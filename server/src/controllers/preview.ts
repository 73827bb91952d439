import type { Core } from '@strapi/strapi';
import type { Context } from 'koa';
import { PREVIEW_TOKEN_HEADER } from '../../../shared/contracts/preview';
import { getService } from '../utils';
import { throwIfIssues } from '../validation/issues';

const parseLocale = (value: unknown): string | null => {
  if (value === undefined || value === '') return null;
  if (typeof value !== 'string' || !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/.test(value)) throwIfIssues([{ path: ['locale'], message: 'must be a locale code such as en or uk' }]);
  return value as string;
};

/** Draft preview: the admin mints a token; the site reads the draft with it (see services/preview.ts). */
export default (_: { strapi: Core.Strapi }) => ({
  async mint(ctx: Context) {
    ctx.body = { data: await getService('preview').mint(ctx.params.documentId, parseLocale(ctx.query.locale)) };
  },

  async draft(ctx: Context) {
    // Never stored by a cache, never indexed, whatever the outcome.
    ctx.set('Cache-Control', 'no-store');
    ctx.set('X-Robots-Tag', 'noindex');
    ctx.body = { data: await getService('preview').draftFor(ctx.get(PREVIEW_TOKEN_HEADER)) };
  },
});
