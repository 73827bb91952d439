import type { Core } from '@strapi/strapi';

/**
 * Strapi's error middleware answers every ApplicationError with 400; a stale save is a 409 Conflict.
 * Registered first, this runs outermost and corrects the status of the formatted envelope.
 */
export const registerConflictStatus = (strapi: Core.Strapi) => {
  strapi.server.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { error?: { name?: string; status?: number } } | undefined;
    if (ctx.status === 400 && body?.error?.name === 'ConflictError') {
      ctx.status = 409;
      body.error.status = 409;
    }
  });
};
