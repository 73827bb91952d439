import type { Core } from '@strapi/strapi';
import { UID } from '../constants';
import { defaultLocale, LOCALIZED_UIDS, resolveLocale } from '../editions/locales';

/** Document Service actions that write one edition, or every edition when the locale is `*`. */
const WRITES = new Set(['create', 'update', 'publish', 'unpublish', 'delete', 'discardDraft']);
const ALL_LOCALE_ACTIONS = new Set(['publish', 'unpublish', 'delete', 'discardDraft']);

/**
 * The explainer's slug is one for every edition, though Strapi keeps a uid per locale. The default
 * locale's edition owns it: another edition always takes the document's slug (whatever a translator's
 * form generated from the translated title), and a new slug on the default edition moves every edition.
 */
const keepSharedSlug = async <Result>(
  strapi: Core.Strapi,
  documentId: string | undefined,
  locale: string,
  data: Record<string, unknown>,
  write: () => Promise<Result>
): Promise<Result> => {
  if (!documentId) return write();
  const others = (await strapi.db.query(UID.EXPLAINER).findMany({
    select: ['locale', 'slug'],
    where: { documentId, locale: { $ne: locale } },
  })) as { locale: string; slug: string }[];
  if (others.length === 0) return write();
  const source = await defaultLocale(strapi);
  if (locale !== source) {
    data.slug = (others.find((edition) => edition.locale === source) ?? others[0]).slug;
    return write();
  }
  const renamed = typeof data.slug === 'string' && others.some((edition) => edition.slug !== data.slug);
  if (!renamed) return write();
  return strapi.db.transaction(async () => {
    const result = await write();
    await strapi.db.query(UID.EXPLAINER).updateMany({ where: { documentId, locale: { $ne: locale } }, data: { slug: data.slug } });
    return result;
  });
};

/**
 * No write crosses editions: every write to an explainer, claim, actor or map names an enabled
 * locale (or none: Strapi's default), before anything else runs; an unknown or disabled one is a 400
 * naming `locale`. Registered first, so nothing is validated, versioned or published for a refused write.
 */
export const registerEditionWrites = (strapi: Core.Strapi) => {
  strapi.documents.use(async (ctx, next) => {
    if (!LOCALIZED_UIDS.has(ctx.uid) || !WRITES.has(ctx.action)) return next();
    const params = ctx.params as { documentId?: string; locale?: unknown; data?: unknown };
    const locale = await resolveLocale(strapi, params.locale, { allowAll: ALL_LOCALE_ACTIONS.has(ctx.action) });
    const data = params.data;
    if (ctx.uid !== UID.EXPLAINER || (ctx.action !== 'create' && ctx.action !== 'update') || typeof data !== 'object' || data === null || Array.isArray(data)) {
      return next();
    }
    // Whatever the action returns, handed back unchanged (its type is a union over every action).
    return keepSharedSlug(strapi, params.documentId, locale, data as Record<string, unknown>, async (): Promise<any> => next());
  });
};
