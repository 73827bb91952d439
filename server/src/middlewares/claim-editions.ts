import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { claimRelationsOf, isEmptyRelations, sameRelations, shareClaimRelations } from '../editions/claim-relations';
import { defaultLocale, resolveLocale } from '../editions/locales';

/**
 * A claim's claimant and links are shared by its editions, like its status: a change made in one
 * edition (the desk's, the Content Manager's in any locale, a script's) is given to every other
 * edition in the same transaction, and a new edition starts with the claim's relations. Only a real
 * change propagates: the Content Manager's form sends empty connect/disconnect lists on every save.
 */
export const registerClaimEditions = (strapi: Core.Strapi) => {
  strapi.documents.use(async (ctx, next) => {
    if (ctx.uid !== UID.CLAIM || (ctx.action !== 'create' && ctx.action !== 'update')) return next();
    const params = ctx.params as { documentId?: string; locale?: unknown };
    const locale = await resolveLocale(strapi, params.locale);
    const before = params.documentId ? await claimRelationsOf(strapi, params.documentId, locale) : null;
    return strapi.db.transaction(async () => {
      const result: any = await next();
      const documentId: string | undefined = result?.documentId ?? params.documentId;
      if (!documentId) return result;
      const after = await claimRelationsOf(strapi, documentId, locale);
      if (!after) return result;
      const source = await defaultLocale(strapi);
      if (before === null && isEmptyRelations(after) && locale !== source) {
        // A new edition written with no relations of its own: it takes the claim's.
        await shareClaimRelations(strapi, documentId, source, locale);
      } else if (!sameRelations(before, after)) {
        await shareClaimRelations(strapi, documentId, locale);
      }
      return result;
    });
  });
};
