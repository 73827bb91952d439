import { COMPONENT, SITUATION_STATUSES } from '../constants';

export default {
  schema: {
    kind: 'collectionType',
    collectionName: 'conflict_explainer_explainers',
    info: {
      singularName: 'explainer',
      pluralName: 'explainers',
      displayName: 'Explainer article',
      description: 'A long explainer on a moving story, published as immutable revisions.',
    },
    options: { draftAndPublish: true },
    pluginOptions: {
      'content-manager': { visible: true },
      'content-type-builder': { visible: false },
    },
    attributes: {
      title: { type: 'string', required: true, maxLength: 300 },
      slug: { type: 'uid', targetField: 'title', required: true, maxLength: 120 },
      standfirst: { type: 'text', maxLength: 1000 },
      place: { type: 'string', maxLength: 200 },
      topic: { type: 'string', maxLength: 200 },
      situationStatus: { type: 'enumeration', enum: [...SITUATION_STATUSES], default: 'developing', required: true },
      byline: { type: 'string', maxLength: 300 },
      heroImage: { type: 'component', component: COMPONENT.CREDITED_IMAGE, repeatable: false },
      body: {
        type: 'dynamiczone',
        components: [
          COMPONENT.SECTION_HEADING,
          COMPONENT.RICH_TEXT,
          COMPONENT.CREDITED_IMAGE,
          COMPONENT.MAP_EMBED,
          COMPONENT.CLAIM_EMBED,
          COMPONENT.QUOTE,
        ],
      },
      claims: {
        type: 'relation',
        relation: 'manyToMany',
        target: 'plugin::conflict-explainer.claim',
        inversedBy: 'explainers',
      },
      internalNote: { type: 'text', maxLength: 5000, private: true },
    },
  },
};
