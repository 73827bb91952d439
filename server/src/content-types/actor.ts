import { ACTOR_KINDS, SIDES } from '../constants';

export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'conflict_explainer_actors',
    info: {
      singularName: 'actor',
      pluralName: 'actors',
      displayName: 'Explainer actor',
      description: 'Who makes claims: governments, units, ministries, OSINT groups, analysts, media.',
    },
    options: { draftAndPublish: false },
    pluginOptions: {
      'content-manager': { visible: true },
      'content-type-builder': { visible: false },
    },
    attributes: {
      name: { type: 'string', required: true, maxLength: 200, unique: true },
      kind: { type: 'enumeration', enum: [...ACTOR_KINDS], required: true },
      side: { type: 'enumeration', enum: [...SIDES], required: true },
      affiliation: { type: 'string', maxLength: 300 },
      description: { type: 'text', maxLength: 2000 },
      url: { type: 'string', maxLength: 2048 },
      claims: { type: 'relation', relation: 'oneToMany', target: 'plugin::conflict-explainer.claim', mappedBy: 'claimant' },
    },
  },
};
