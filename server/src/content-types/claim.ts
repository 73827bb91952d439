import { CLAIM_MEDIA, CLAIM_STATUSES } from '../constants';
import { EDITIONED_TYPE } from './editioned';

const claimRelation = (extra: Record<string, string>) => ({
  type: 'relation',
  relation: 'manyToMany',
  target: 'plugin::conflict-explainer.claim',
  ...extra,
});

export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'conflict_explainer_claims',
    info: {
      singularName: 'claim',
      pluralName: 'claims',
      displayName: 'Explainer claim',
      description: 'An attributed statement about the situation, with the newsroom’s assessment.',
    },
    // Claims are edited live by the desk; readers only see them frozen inside a published revision.
    options: { draftAndPublish: false },
    pluginOptions: EDITIONED_TYPE,
    attributes: {
      // Per edition: the statement as readers of that language get it. Everything else about a claim is
      // shared, so a status change on the desk changes every edition at once (Strapi copies shared fields).
      statement: { type: 'text', required: true, maxLength: 2000, pluginOptions: { i18n: { localized: true } } },
      claimant: { type: 'relation', relation: 'manyToOne', target: 'plugin::conflict-explainer.actor', inversedBy: 'claims' },
      medium: { type: 'enumeration', enum: [...CLAIM_MEDIA], default: 'statement', required: true, pluginOptions: { i18n: { localized: false } } },
      sourceUrl: { type: 'string', maxLength: 2048, pluginOptions: { i18n: { localized: false } } },
      madeAt: { type: 'datetime', pluginOptions: { i18n: { localized: false } } },
      // Named claimStatus because `status` is Strapi 5's draft/published parameter.
      claimStatus: { type: 'enumeration', enum: [...CLAIM_STATUSES], default: 'unverified', required: true, pluginOptions: { i18n: { localized: false } } },
      lastVerifiedAt: { type: 'datetime', pluginOptions: { i18n: { localized: false } } },
      contradicts: claimRelation({ inversedBy: 'contradictedBy' }),
      contradictedBy: claimRelation({ mappedBy: 'contradicts' }),
      supports: claimRelation({ inversedBy: 'supportedBy' }),
      supportedBy: claimRelation({ mappedBy: 'supports' }),
      updates: claimRelation({ inversedBy: 'updatedByClaims' }),
      // Not `updatedBy`: Strapi reserves it for the admin user who last saved.
      updatedByClaims: claimRelation({ mappedBy: 'updates' }),
      explainers: {
        type: 'relation',
        relation: 'manyToMany',
        target: 'plugin::conflict-explainer.explainer',
        mappedBy: 'claims',
      },
      // Optimistic concurrency: every desk save names the version it was based on.
      version: { type: 'integer', default: 1, required: true, min: 1, pluginOptions: { i18n: { localized: false } } },
      // An editor's name: kept from API-token holders unless the app sets editorNamesInApi.
      lastEditedBy: { type: 'string', maxLength: 200, private: true, pluginOptions: { i18n: { localized: false } } },
      internalNote: { type: 'text', maxLength: 5000, private: true, pluginOptions: { i18n: { localized: false } } },
    },
  },
};
