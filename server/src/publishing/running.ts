import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * The explainer whose publish the pipeline is running now. The plugin's "Publish update" runs the
 * pipeline itself and then asks the Document Service to publish; the Document Service middleware
 * reads this (read-only) to let that inner publish through instead of running the pipeline twice.
 */
const running = new AsyncLocalStorage<{ readonly documentId: string }>();

export const whilePublishing = <T>(documentId: string, work: () => Promise<T>): Promise<T> => running.run({ documentId }, work);

export const isPublishing = (documentId: string | undefined): boolean => !!documentId && running.getStore()?.documentId === documentId;
