import { AsyncLocalStorage } from 'node:async_hooks';

/** The claims desk's reason for a status change, carried to the Document Service middleware. */
type ClaimChange = { reason: string };

const storage = new AsyncLocalStorage<ClaimChange>();

export const withClaimChange = <T>(change: ClaimChange, run: () => Promise<T>) => storage.run(change, run);
export const currentClaimChange = () => storage.getStore();

export const OUTSIDE_DESK_REASON = 'Changed outside the claims desk (Content Manager or API)';
