import type { Core } from '@strapi/strapi';
import { COMPONENT, UID } from './constants';

type Metadata = { label: string; description?: string };

const INTERNAL_NOTE: Metadata = { label: 'Internal note', description: 'For the desk only: never published, never sent to the site.' };

/**
 * How the Content Manager names our fields. Strapi shows the raw attribute name ("asOf",
 * "situationStatus") until someone configures the view; editors get words instead.
 */
const CONTENT_TYPES: Record<string, Record<string, Metadata>> = {
  [UID.EXPLAINER]: {
    title: { label: 'Title' },
    slug: { label: 'Slug', description: 'The last part of the article’s address on the site.' },
    standfirst: { label: 'Standfirst' },
    place: { label: 'Place' },
    topic: { label: 'Topic' },
    situationStatus: { label: 'Situation status', description: 'Developing while the situation moves; settled once it no longer does.' },
    byline: { label: 'Byline' },
    heroImage: { label: 'Hero image' },
    body: { label: 'Body', description: 'Section questions, text, credited images, maps, claims and quotes, in reading order.' },
    claims: { label: 'Claims tracked', description: 'Claims readers see with this piece, embedded in the body or not.' },
    internalNote: INTERNAL_NOTE,
  },
  [UID.MAP]: {
    title: { label: 'Title' },
    caption: { label: 'Caption' },
    sourceLine: { label: 'Source line', description: 'Shown under the map, e.g. “Source: ISW, DeepState”.' },
    asOf: { label: 'As of', description: 'The date the lines show the situation on.' },
    geojson: { label: 'GeoJSON' },
    textDescription: { label: 'Text description', description: 'What the map shows, for readers who cannot see it.' },
    frame: { label: 'Frame', description: 'The area shown: [west, south, east, north]; empty fits the features.' },
    internalNote: INTERNAL_NOTE,
  },
  [UID.CLAIM]: {
    statement: { label: 'Statement' },
    claimant: { label: 'Claimant' },
    medium: { label: 'Medium' },
    sourceUrl: { label: 'Source URL' },
    madeAt: { label: 'Made at' },
    claimStatus: { label: 'Status' },
    lastVerifiedAt: { label: 'Last verified' },
    contradicts: { label: 'Contradicts' },
    contradictedBy: { label: 'Contradicted by' },
    supports: { label: 'Supports' },
    supportedBy: { label: 'Supported by' },
    updates: { label: 'Updates' },
    updatedByClaims: { label: 'Updated by' },
    explainers: { label: 'Explainers' },
    version: { label: 'Version' },
    lastEditedBy: { label: 'Last edited by' },
    internalNote: INTERNAL_NOTE,
  },
  [UID.ACTOR]: {
    name: { label: 'Name' },
    kind: { label: 'Kind' },
    side: { label: 'Side' },
    affiliation: { label: 'Affiliation' },
    description: { label: 'Description' },
    url: { label: 'Link' },
    claims: { label: 'Claims' },
  },
};

const COMPONENTS: Record<string, Record<string, Metadata>> = {
  [COMPONENT.CREDITED_IMAGE]: {
    image: { label: 'Image' },
    caption: { label: 'Caption' },
    credit: { label: 'Credit', description: 'Readers see “Image source, …”: the agency or photographer, e.g. Libkos/Getty Images.' },
    creator: { label: 'Creator' },
    copyrightHolder: { label: 'Copyright holder' },
    sourceKind: { label: 'Source kind' },
    usageNote: { label: 'Usage note', description: 'For the desk only: rights and restrictions; never published.' },
    altText: { label: 'Alt text', description: 'What the image shows, for readers who cannot see it.' },
  },
  [COMPONENT.SECTION_HEADING]: { question: { label: 'Question' } },
  [COMPONENT.RICH_TEXT]: { content: { label: 'Text' } },
  [COMPONENT.MAP_EMBED]: { map: { label: 'Map' }, caption: { label: 'Caption' } },
  [COMPONENT.CLAIM_EMBED]: { claim: { label: 'Claim' } },
  [COMPONENT.QUOTE]: { text: { label: 'Quotation' }, speaker: { label: 'Speaker' }, attribution: { label: 'Attribution' }, sourceUrl: { label: 'Source URL' } },
};

type ConfigurationService = {
  findConfiguration(model: { uid: string }): Promise<{ metadatas?: Record<string, { edit?: Record<string, unknown>; list?: Record<string, unknown> }> } & Record<string, unknown>>;
  updateConfiguration(model: { uid: string }, configuration: Record<string, unknown>): Promise<unknown>;
};

/**
 * Writes the labels into the Content Manager's stored view configuration at boot (after the
 * Content Manager has created it), only where a label is still Strapi's default, the attribute
 * name: a newsroom's own wording from "Configure the view" is kept.
 */
export const applyContentManagerLabels = async (strapi: Core.Strapi) => {
  const contentManager = strapi.plugin('content-manager');
  if (!contentManager) return;
  const apply = async (service: ConfigurationService, uid: string, fields: Record<string, Metadata>) => {
    const configuration = await service.findConfiguration({ uid });
    const metadatas = configuration.metadatas ?? {};
    let changed = false;
    for (const [name, { label, description }] of Object.entries(fields)) {
      const field = metadatas[name];
      if (!field) continue;
      if (field.edit && field.edit.label === name) {
        field.edit = { ...field.edit, label, ...(description && !field.edit.description ? { description } : {}) };
        changed = true;
      }
      if (field.list && field.list.label === name) {
        field.list = { ...field.list, label };
        changed = true;
      }
    }
    if (changed) {
      const { settings, layouts } = configuration as Record<string, unknown>;
      await service.updateConfiguration({ uid }, { settings, metadatas, layouts });
    }
  };
  const contentTypes = contentManager.service('content-types') as unknown as ConfigurationService;
  const components = contentManager.service('components') as unknown as ConfigurationService;
  for (const [uid, fields] of Object.entries(CONTENT_TYPES)) await apply(contentTypes, uid, fields);
  for (const [uid, fields] of Object.entries(COMPONENTS)) await apply(components, uid, fields);
};
