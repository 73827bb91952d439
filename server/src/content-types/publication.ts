import { internalModel } from './internal-model';
/**
 * The live head of each published explainer: the latest snapshot, pre-serialised, so a public read
 * is one indexed lookup. Written in the same transaction as the revision it points to.
 */
export default internalModel(
  'conflict_explainer_publications',
  { singularName: 'publication', pluralName: 'publications', displayName: 'Publication' },
  {
    explainerDocumentId: { type: 'string', required: true },
    locale: { type: 'string' },
    slug: { type: 'string', required: true },
    title: { type: 'string' },
    standfirst: { type: 'text' },
    latestNumber: { type: 'integer', required: true },
    etag: { type: 'string', required: true },
    body: { type: 'text', required: true },
    live: { type: 'boolean', default: true, required: true },
    firstPublishedAt: { type: 'datetime' },
    revisionPublishedAt: { type: 'datetime' },
  }
);
