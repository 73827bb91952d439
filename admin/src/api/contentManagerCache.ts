/**
 * The Content Manager keeps each document it loaded in the admin's RTK Query cache (`adminApi`, tag
 * "Document", id `<uid>_<documentId>`; relations under "Relations") and shows that copy when its edit
 * view opens again. A change the plugin makes to a draft behind its back (restoring a revision) must
 * drop that copy, or the edit view shows the draft as it was before the restore, and saving it writes
 * the old content over the restored one. Strapi's way for plugins: inject an endpoint into adminApi
 * that invalidates the tags.
 */
import { adminApi } from '@strapi/strapi/admin';
import * as React from 'react';

const contentManagerCache = adminApi.enhanceEndpoints({ addTagTypes: ['Document', 'Relations'] }).injectEndpoints({
  endpoints: (builder) => ({
    // No request: the mutation exists to invalidate the Content Manager's cached document.
    forgetContentManagerDocument: builder.mutation<null, { model: string; documentId: string }>({
      queryFn: () => ({ data: null }),
      invalidatesTags: (_result, _error, { model, documentId }) => [{ type: 'Document', id: `${model}_${documentId}` }, 'Relations'],
    }),
  }),
  overrideExisting: false,
});

/** Returns `forget(model, documentId)`: the Content Manager loads that document afresh next time. */
// The return type is spelled out so the shipped declaration does not name Redux Toolkit's internals.
export const useForgetContentManagerDocument = (): ((model: string, documentId: string) => void) => {
  const [forget] = contentManagerCache.useForgetContentManagerDocumentMutation();
  return React.useCallback(
    (model: string, documentId: string) => {
      forget({ model, documentId });
    },
    [forget],
  );
};
