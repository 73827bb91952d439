import type { Core } from '@strapi/strapi';
import { getPluginConfig } from '../config';
import { UID } from '../constants';
import { throwIfIssues } from '../validation/issues';

/** The plugin's types carried in editions (Strapi i18n); the revisions and publications follow them. */
export const LOCALIZED_UIDS = new Set<string>([UID.EXPLAINER, UID.CLAIM, UID.ACTOR, UID.MAP]);

/** Strapi's "every locale" value (e.g. a delete or publish of all editions at once). */
export const ALL_LOCALES = '*';

const FALLBACK_LOCALE = 'en';

type LocalesService = { find: () => Promise<{ code: string }[]>; getDefaultLocale: () => Promise<string | null> };

const localesService = (strapi: Core.Strapi): LocalesService | null =>
  (strapi.plugin('i18n')?.service('locales') as LocalesService | undefined) ?? null;

/** Strapi's default locale (Settings → Internationalization), the edition a request without `locale` means. */
export const defaultLocale = async (strapi: Core.Strapi): Promise<string> =>
  (await localesService(strapi)?.getDefaultLocale()) ?? FALLBACK_LOCALE;

/**
 * The editions this app can carry: the locales created in Strapi's i18n settings, narrowed by the
 * plugin's `editionLocales` when set (a locale left out there is disabled for the plugin's types).
 */
export const enabledLocales = async (strapi: Core.Strapi): Promise<string[]> => {
  const service = localesService(strapi);
  const known = service ? (await service.find()).map((locale) => locale.code) : [FALLBACK_LOCALE];
  const allowed = getPluginConfig(strapi).editionLocales;
  return allowed ? known.filter((code) => allowed.includes(code)) : known;
};

const describe = (value: unknown) => (typeof value === 'string' ? `“${value.slice(0, 40)}”` : typeof value);

/**
 * The edition a request names: its `locale` when that is an enabled locale, Strapi's default locale
 * when it names none; an unknown or disabled locale is a 400 naming `locale` (nothing is written).
 * `*` (every edition) passes only where `allowAll` says the action can mean it.
 */
export const resolveLocale = async (strapi: Core.Strapi, value: unknown, { allowAll = false } = {}): Promise<string> => {
  if (value === undefined || value === null || value === '') return defaultLocale(strapi);
  if (allowAll && value === ALL_LOCALES) return ALL_LOCALES;
  const enabled = await enabledLocales(strapi);
  if (typeof value !== 'string' || !enabled.includes(value)) {
    throwIfIssues([{ path: ['locale'], message: `${describe(value)} is not an edition this site carries (${enabled.join(', ')})` }]);
  }
  return value as string;
};
