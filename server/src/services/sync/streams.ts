/**
 * Delivery streams: each edition of an explainer (explainer, locale) is ordered, hash-chained and
 * reset on its own, so one edition's outage or gap never holds back or resets another.
 */

/** An edition's revision as the outbox queues it. */
export type StreamRevision = { id: number; explainerDocumentId: string; locale: string; slug: string; number: number };

/** An edition leaving the site. */
export type StreamRemoval = { explainerDocumentId: string; locale: string; slug: string; revisionNumber: number; reason: 'unpublished' | 'deleted' | 'reconciled' };

/** The key of one stream, for sets and maps. */
export const streamKey = (explainerDocumentId: string, locale: string | null | undefined) => `${explainerDocumentId}\u0000${locale ?? ''}`;

/** The outbox columns naming a revision's stream. */
export const streamEntry = (revision: StreamRevision) => ({
  revisionId: revision.id,
  explainerDocumentId: revision.explainerDocumentId,
  locale: revision.locale,
  slug: revision.slug,
  revisionNumber: revision.number,
});
