import { AsyncLocalStorage } from 'node:async_hooks';
import type { RevisionKind } from '../../../shared/contracts/snapshot';

/**
 * What the editor said about a publish (kind and notes). The publish itself goes through the
 * Document Service, which takes no such arguments, so the intent travels alongside it; the
 * middleware writes the outcome back for the caller.
 */
export type PublishIntent = {
  kind: RevisionKind;
  publicNote?: string;
  internalNote?: string;
  restoredFrom?: number;
  outcome?: PublishOutcome;
};

export type PublishOutcome =
  | { changed: true; revisionId: number; number: number }
  | { changed: false; latest: number | null };

const storage = new AsyncLocalStorage<PublishIntent>();

export const withPublishIntent = <T>(intent: PublishIntent, run: () => Promise<T>) => storage.run(intent, run);

export const currentPublishIntent = () => storage.getStore();
