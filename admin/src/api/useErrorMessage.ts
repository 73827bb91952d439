import * as React from 'react';
import { isFetchError, useAPIErrorHandler } from '@strapi/strapi/admin';

/** Turns a failed request into the sentence to show (the server's message, translated by Strapi). */
export const useErrorMessage = () => {
  const { formatAPIError } = useAPIErrorHandler();
  return React.useCallback(
    (error: unknown) => (isFetchError(error) ? formatAPIError(error) : error instanceof Error ? error.message : String(error)),
    [formatAPIError]
  );
};
