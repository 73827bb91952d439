/**
 * The plugin options of a type editors write in every edition: shown in the Content Manager, closed
 * to the Content-Type Builder, and localized through Strapi's own i18n (en, uk, ru…). Each attribute
 * then says whether it is per edition (`localized: true`) or shared by all.
 */
export const EDITIONED_TYPE = {
  'content-manager': { visible: true },
  'content-type-builder': { visible: false },
  i18n: { localized: true },
};
