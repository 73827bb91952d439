import * as React from 'react';
import type { PublishResult, RevisionStatus } from '../../api/types';

/**
 * What the edit view's Publish action and the revisions panel share about one explainer's edition
 * (keyed by `editionKey`): the panel's
 * latest revision status (the action is enabled while the draft differs from the latest revision,
 * even when Strapi sees nothing to publish: claims and maps change outside the document), and
 * each publish's answer (the panel shows it at once, without asking the server again).
 */
type Listener = () => void;
const statuses = new Map<string, RevisionStatus>();
const statusListeners = new Set<Listener>();
const publishListeners = new Map<string, Set<(result: PublishResult) => void>>();

export const setRevisionStatus = (key: string, status: RevisionStatus) => {
  if (statuses.get(key) === status) return;
  statuses.set(key, status);
  statusListeners.forEach((listener) => listener());
};

export const useSharedRevisionStatus = (key: string | undefined) =>
  React.useSyncExternalStore(
    (listener) => {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    () => (key ? statuses.get(key) : undefined)
  );

export const announcePublished = (key: string, result: PublishResult) => {
  if (result.status) setRevisionStatus(key, result.status);
  publishListeners.get(key)?.forEach((listener) => listener(result));
};

/** Calls `onPublished` with every publish answer for this explainer while mounted. */
export const usePublishAnnouncements = (key: string, onPublished: (result: PublishResult) => void) => {
  const latest = React.useRef(onPublished);
  latest.current = onPublished;
  React.useEffect(() => {
    const listener = (result: PublishResult) => latest.current(result);
    const listeners = publishListeners.get(key) ?? new Set();
    listeners.add(listener);
    publishListeners.set(key, listeners);
    return () => {
      listeners.delete(listener);
    };
  }, [key]);
};
