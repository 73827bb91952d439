import type { Core } from '@strapi/strapi';
import { getPluginConfig, NAMED_CONTENT_TYPES } from './config';
import { PLUGIN_ID, UID } from './constants';

/**
 * The Content Manager lists types by display name. The schemas' defaults ("Explainer claim", …)
 * keep ours apart from an app's own Claim or Map; `contentTypeNames` lets the app rename them.
 */
export const applyContentTypeNames = (strapi: Core.Strapi) => {
  const names = getPluginConfig(strapi).contentTypeNames ?? {};
  for (const type of NAMED_CONTENT_TYPES) {
    const name = names[type]?.trim();
    if (name) (strapi.contentType(`plugin::${PLUGIN_ID}.${type}` as any).info as { displayName: string }).displayName = name;
  }
};

/** Who last edited a claim is an admin's name: API-token holders see it only where the newsroom chose to. */
export const applyEditorNamePrivacy = (strapi: Core.Strapi) => {
  const attribute = strapi.contentType(UID.CLAIM as any).attributes.lastEditedBy as { private?: boolean };
  attribute.private = !getPluginConfig(strapi).editorNamesInApi;
};
