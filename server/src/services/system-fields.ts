import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * A claim's `version`, `lastEditedBy` and `lastVerifiedAt` are written by the plugin only: the
 * claims desk's "Verify" and status changes set `lastVerifiedAt`, every save counts the version
 * and names its editor. A write the plugin makes runs inside `asPluginWrite`, so the claim
 * middleware tells it from a hand-written value (Content Manager, REST, a script), which it refuses.
 */
type PluginWrite = { reason: string };

const storage = new AsyncLocalStorage<PluginWrite>();

export const asPluginWrite = <T>(reason: string, run: () => Promise<T>) => storage.run({ reason }, run);
export const isPluginWrite = () => storage.getStore() !== undefined;

export const CLAIM_SYSTEM_FIELDS = ['version', 'lastEditedBy', 'lastVerifiedAt'] as const;
