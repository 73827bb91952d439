import { ACTOR_KINDS, SIDES } from '../constants';
import { EDITIONED_TYPE } from './editioned';

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
    pluginOptions: EDITIONED_TYPE,
    attributes: {
      // Per edition: Міністерство оборони Росії / Министерство обороны России.
      name: { type: 'string', required: true, maxLength: 200, unique: true, pluginOptions: { i18n: { localized: true } } },
      kind: { type: 'enumeration', enum: [...ACTOR_KINDS], required: true, pluginOptions: { i18n: { localized: false } } },
      side: { type: 'enumeration', enum: [...SIDES], required: true, pluginOptions: { i18n: { localized: false } } },
      affiliation: { type: 'string', maxLength: 300, pluginOptions: { i18n: { localized: true } } },
      description: { type: 'text', maxLength: 2000, pluginOptions: { i18n: { localized: true } } },
      url: { type: 'string', maxLength: 2048, pluginOptions: { i18n: { localized: false } } },
      claims: { type: 'relation', relation: 'oneToMany', target: 'plugin::conflict-explainer.claim', mappedBy: 'claimant' },
    },
  },
};
