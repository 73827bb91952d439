import { REVISION_KINDS } from '../../../shared/constants';
import { internalModel } from './internal-model';

/** An immutable published revision of an explainer. Rows are only ever inserted. */
export default internalModel(
  'conflict_explainer_revisions',
  { singularName: 'revision', pluralName: 'revisions', displayName: 'Revision' },
  {
    explainerDocumentId: { type: 'string', required: true },
    locale: { type: 'string' },
    slug: { type: 'string', required: true },
    number: { type: 'integer', required: true, min: 1 },
    kind: { type: 'enumeration', enum: [...REVISION_KINDS], required: true },
    publicNote: { type: 'text', required: true },
    internalNote: { type: 'text', private: true },
    editorId: { type: 'integer' },
    editorName: { type: 'string' },
    revisionPublishedAt: { type: 'datetime', required: true },
    contentHash: { type: 'string', required: true },
    snapshot: { type: 'json', required: true },
    // The published entry as Content Manager data, so restore is exact (never public).
    restorable: { type: 'json', private: true },
    diff: { type: 'json' },
    summary: { type: 'json' },
    restoredFrom: { type: 'integer' },
    // An edition's source revision ({ locale, revision }); null for the default locale's edition.
    basedOn: { type: 'json' },
  }
);
