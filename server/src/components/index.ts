import type { Core } from '@strapi/strapi';
import { IMAGE_SOURCE_KINDS, PLUGIN_ID } from '../constants';

/**
 * The block's header in the Content Manager ("Text - Pokrovsk, a city of…"): written by the server
 * after every write (middlewares/block-headers.ts), read-only in the edit view, never published.
 */
const summary = { type: 'string', maxLength: 120 };

type ComponentSchema = {
  collectionName: string;
  info: { displayName: string; icon: string; description: string };
  attributes: Record<string, unknown>;
};

/** The body blocks of an explainer, keyed by name inside the plugin's component category. */
export const componentSchemas: Record<string, ComponentSchema> = {
  'credited-image': {
    collectionName: 'components_conflict_explainer_credited_images',
    info: { displayName: 'Credited image', icon: 'picture', description: 'An image that always carries its credit and alt text.' },
    attributes: {
      image: { type: 'media', multiple: false, required: true, allowedTypes: ['images'] },
      caption: { type: 'text', maxLength: 1000 },
      // A string (Strapi stores and validates it as one) whose admin input prefills it from the file's metadata.
      credit: { type: 'customField', customField: `plugin::${PLUGIN_ID}.image-credit`, required: true, maxLength: 300 },
      creator: { type: 'string', maxLength: 200 },
      copyrightHolder: { type: 'string', maxLength: 200 },
      sourceKind: { type: 'enumeration', enum: [...IMAGE_SOURCE_KINDS], default: 'agency' },
      usageNote: { type: 'text', maxLength: 1000, private: true },
      altText: { type: 'string', required: true, maxLength: 500 },
    },
  },
  'section-heading': {
    collectionName: 'components_conflict_explainer_section_headings',
    info: { displayName: 'Section question', icon: 'question', description: 'Starts a section: the question it answers.' },
    attributes: {
      question: { type: 'string', required: true, maxLength: 300 },
    },
  },
  'rich-text': {
    collectionName: 'components_conflict_explainer_rich_texts',
    info: { displayName: 'Text', icon: 'paragraph', description: 'Paragraphs of the piece.' },
    attributes: {
      content: { type: 'blocks', required: true },
      summary,
    },
  },
  'map-embed': {
    collectionName: 'components_conflict_explainer_map_embeds',
    info: { displayName: 'Map', icon: 'earth', description: 'A situation map from the maps library.' },
    attributes: {
      map: { type: 'relation', relation: 'oneToOne', target: 'plugin::conflict-explainer.map' },
      caption: { type: 'text', maxLength: 1000 },
      summary,
    },
  },
  'claim-embed': {
    collectionName: 'components_conflict_explainer_claim_embeds',
    info: { displayName: 'Claim', icon: 'quote', description: 'An attributed claim with its status.' },
    attributes: {
      claim: { type: 'relation', relation: 'oneToOne', target: 'plugin::conflict-explainer.claim' },
      summary,
    },
  },
  quote: {
    collectionName: 'components_conflict_explainer_quotes',
    info: { displayName: 'Quote', icon: 'quote', description: 'A quotation with its speaker.' },
    attributes: {
      text: { type: 'text', required: true, maxLength: 2000 },
      speaker: { type: 'relation', relation: 'oneToOne', target: 'plugin::conflict-explainer.actor' },
      attribution: { type: 'string', maxLength: 300 },
      sourceUrl: { type: 'string', maxLength: 2048 },
      summary,
    },
  },
};

const globalIdOf = (uid: string) =>
  'Component' + uid.replace(/(^|[-_.])(\w)/g, (_m, _sep, c: string) => c.toUpperCase());

/**
 * Strapi loads components only from the app's src/components, so a plugin adds its own to the
 * registry during register(), in the shape the app loader produces.
 */
export const registerComponents = (strapi: Core.Strapi) => {
  const registry = strapi.get('components');
  for (const [name, schema] of Object.entries(componentSchemas)) {
    const uid = `${PLUGIN_ID}.${name}`;
    if (registry.get(uid)) continue;
    registry.set(uid, {
      ...schema,
      // Strapi swaps each `customField` attribute for its underlying type in place after register():
      // a copy, so the definitions above stay as written.
      attributes: structuredClone(schema.attributes),
      options: {},
      __schema__: structuredClone(schema),
      uid,
      category: PLUGIN_ID,
      modelType: 'component',
      modelName: name,
      globalId: globalIdOf(uid),
    });
  }
};
