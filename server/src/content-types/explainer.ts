import { COMPONENT, SITUATION_STATUSES } from '../constants';
import { EDITIONED_TYPE } from './editioned';

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
    pluginOptions: EDITIONED_TYPE,
    attributes: {
      title: { type: 'string', required: true, maxLength: 300, pluginOptions: { i18n: { localized: true } } },
      // One slug for every edition (the site puts the language in the path). Strapi treats a uid as per
      // locale, so the plugin's write gate gives a new edition the document's slug and refuses another one.
      slug: { type: 'uid', targetField: 'title', required: true, maxLength: 120 },
      standfirst: { type: 'text', maxLength: 1000, pluginOptions: { i18n: { localized: true } } },
      place: { type: 'string', maxLength: 200, pluginOptions: { i18n: { localized: true } } },
      topic: { type: 'string', maxLength: 200, pluginOptions: { i18n: { localized: true } } },
      situationStatus: { type: 'enumeration', enum: [...SITUATION_STATUSES], default: 'developing', required: true, pluginOptions: { i18n: { localized: false } } },
      byline: { type: 'string', maxLength: 300, pluginOptions: { i18n: { localized: true } } },
      heroImage: { type: 'component', component: COMPONENT.CREDITED_IMAGE, repeatable: false, pluginOptions: { i18n: { localized: true } } },
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
        pluginOptions: { i18n: { localized: true } },
      },
      claims: {
        type: 'relation',
        relation: 'manyToMany',
        target: 'plugin::conflict-explainer.claim',
        inversedBy: 'explainers',
      },
      // Per edition: a translator's note to the desk is about that edition.
      internalNote: { type: 'text', maxLength: 5000, private: true, pluginOptions: { i18n: { localized: true } } },
    },
  },
};
