import { CLAIM_MEDIA, CLAIM_STATUSES } from '../constants';

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
    pluginOptions: {
      'content-manager': { visible: true },
      'content-type-builder': { visible: false },
    },
    attributes: {
      statement: { type: 'text', required: true, maxLength: 2000 },
      claimant: { type: 'relation', relation: 'manyToOne', target: 'plugin::conflict-explainer.actor', inversedBy: 'claims' },
      medium: { type: 'enumeration', enum: [...CLAIM_MEDIA], default: 'statement', required: true },
      sourceUrl: { type: 'string', maxLength: 2048 },
      madeAt: { type: 'datetime' },
      // Named claimStatus because `status` is Strapi 5's draft/published parameter.
      claimStatus: { type: 'enumeration', enum: [...CLAIM_STATUSES], default: 'unverified', required: true },
      lastVerifiedAt: { type: 'datetime' },
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
      version: { type: 'integer', default: 1, required: true, min: 1 },
      // An editor's name: kept from API-token holders unless the app sets editorNamesInApi.
      lastEditedBy: { type: 'string', maxLength: 200, private: true },
      internalNote: { type: 'text', maxLength: 5000, private: true },
    },
  },
};
