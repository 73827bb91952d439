/** The reference site's draft preview page (SITE_PREVIEW_URL overrides it), read by config/plugins and config/admin. */
export const DEFAULT_SITE_PREVIEW_URL = 'http://localhost:3000/preview/explainers/{documentId}?token={token}';
