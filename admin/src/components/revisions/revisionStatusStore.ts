import * as React from 'react';
import type { PublishResult, RevisionStatus } from '../../api/types';

/**
 * What the edit view's Publish action and the revisions panel share about one explainer: the panel's
 * latest revision status (the action is enabled while the draft differs from the latest revision,
 * even when Strapi sees nothing to publish: claims and maps change outside the document), and
 * each publish's answer (the panel shows it at once, without asking the server again).
 */
type Listener = () => void;
const statuses = new Map<string, RevisionStatus>();
const statusListeners = new Set<Listener>();
const publishListeners = new Map<string, Set<(result: PublishResult) => void>>();

export const setRevisionStatus = (documentId: string, status: RevisionStatus) => {
  if (statuses.get(documentId) === status) return;
  statuses.set(documentId, status);
  statusListeners.forEach((listener) => listener());
};

export const useSharedRevisionStatus = (documentId: string | undefined) =>
  React.useSyncExternalStore(
    (listener) => {
      statusListeners.add(listener);
      return () => statusListeners.delete(listener);
    },
    () => (documentId ? statuses.get(documentId) : undefined)
  );

export const announcePublished = (documentId: string, result: PublishResult) => {
  if (result.status) setRevisionStatus(documentId, result.status);
  publishListeners.get(documentId)?.forEach((listener) => listener(result));
};

/** Calls `onPublished` with every publish answer for this explainer while mounted. */
export const usePublishAnnouncements = (documentId: string, onPublished: (result: PublishResult) => void) => {
  const latest = React.useRef(onPublished);
  latest.current = onPublished;
  React.useEffect(() => {
    const listener = (result: PublishResult) => latest.current(result);
    const listeners = publishListeners.get(documentId) ?? new Set();
    listeners.add(listener);
    publishListeners.set(documentId, listeners);
    return () => {
      listeners.delete(listener);
    };
  }, [documentId]);
};
