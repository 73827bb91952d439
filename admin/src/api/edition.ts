import { useQueryParams } from '@strapi/strapi/admin';

type EditionQuery = { locale?: unknown; plugins?: { i18n?: { locale?: unknown } } };

/**
 * The edition (Strapi i18n locale) the page shows: the Content Manager's `plugins[i18n][locale]`, or
 * the plugin page's own `?locale=`. None: Strapi's default locale (the server's default too).
 */
export const useEditionLocale = (): string | undefined => {
  const [{ query }] = useQueryParams<EditionQuery>();
  const locale = query?.plugins?.i18n?.locale ?? query?.locale;
  return typeof locale === 'string' && locale ? locale : undefined;
};

/** One key per explainer and edition, for what the edit view's parts share about it. */
export const editionKey = (documentId: string, locale: string | undefined) => (locale ? `${documentId}|${locale}` : documentId);
