/** Draft preview: the admin route that mints a token, and the route a site reads the draft from. */
import type { ExplainerSnapshot } from './snapshot';

/** The header a site sends the preview token in (kept out of Strapi's access logs and URLs). */
export const PREVIEW_TOKEN_HEADER = 'x-preview-token';

/** POST /conflict-explainer/explainers/:documentId/preview-token (admin JWT). */
export interface PreviewTokenResponse {
  data: {
    token: string;
    expiresAt: string;
    /** The site's preview page with the token (null when the app configured no `previewUrl`). */
    url: string | null;
  };
}

/**
 * GET /api/conflict-explainer/preview/draft with the token in `x-preview-token`: the current draft
 * rendered as the next revision would be, never cached. Any token problem is a 401 with no body
 * beyond the error.
 */
export interface PreviewDraftResponse {
  data: {
    documentId: string;
    /** The draft as readers would see it if it were published now (revision number = next one). */
    snapshot: ExplainerSnapshot;
    /** A renewed token for the page's next load (the Content Manager reloads the preview on save). */
    token: string;
    expiresAt: string;
  };
}
