import type { Core } from '@strapi/strapi';
import { COMPONENT, UID } from './constants';

type Metadata = { label: string; description?: string };

const BLOCK_HEADER: Metadata = { label: 'Block header', description: 'Written by the server from the block’s content.' };
const INTERNAL_NOTE: Metadata = { label: 'Internal note', description: 'For the desk only: never published, never sent to the site.' };

/**
 * How the Content Manager names our fields. Strapi shows the raw attribute name ("asOf",
 * "situationStatus") until someone configures the view; editors get words instead.
 */
export const CONTENT_TYPES: Record<string, Record<string, Metadata>> = {
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
    lastVerifiedAt: { label: 'Last verified', description: 'Set by “Verify” and status changes in the claims desk.' },
    contradicts: { label: 'Contradicts' },
    contradictedBy: { label: 'Contradicted by' },
    supports: { label: 'Supports' },
    supportedBy: { label: 'Supported by' },
    updates: { label: 'Updates' },
    updatedByClaims: { label: 'Updated by' },
    explainers: { label: 'Explainers' },
    version: { label: 'Version', description: 'Counted by the server at every save.' },
    lastEditedBy: { label: 'Last edited by', description: 'Set by the server at every save.' },
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

export const COMPONENTS: Record<string, Record<string, Metadata>> = {
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
  [COMPONENT.RICH_TEXT]: { content: { label: 'Text' }, summary: BLOCK_HEADER },
  [COMPONENT.MAP_EMBED]: { map: { label: 'Map' }, caption: { label: 'Caption' }, summary: BLOCK_HEADER },
  [COMPONENT.CLAIM_EMBED]: { claim: { label: 'Claim' }, summary: BLOCK_HEADER },
  [COMPONENT.QUOTE]: {
    text: { label: 'Quotation' },
    speaker: { label: 'Speaker' },
    attribution: { label: 'Attribution' },
    sourceUrl: { label: 'Source URL' },
    summary: BLOCK_HEADER,
  },
};

/**
 * What names a record or a block wherever the Content Manager shows one: the edit view's title, the
 * list's first column, relation pickers, the home page's "Last edited", a body block's header.
 * Strapi's default is the first `string` attribute: a claim's source URL, a quote's attribution.
 */
const MAIN_FIELDS: Record<string, string> = {
  [UID.EXPLAINER]: 'title',
  [UID.CLAIM]: 'statement',
  [UID.ACTOR]: 'name',
  [UID.MAP]: 'title',
  [COMPONENT.SECTION_HEADING]: 'question',
  [COMPONENT.CREDITED_IMAGE]: 'caption',
  [COMPONENT.RICH_TEXT]: 'summary',
  [COMPONENT.MAP_EMBED]: 'summary',
  [COMPONENT.CLAIM_EMBED]: 'summary',
  [COMPONENT.QUOTE]: 'summary',
};

/**
 * Fields only the plugin writes: shown read-only (or hidden) in the edit view. The server refuses a
 * hand-written value too (middlewares/claim-versioning.ts); this only keeps editors from trying.
 */
const READ_ONLY: Record<string, Record<string, { visible: boolean }>> = {
  [UID.CLAIM]: { version: { visible: true }, lastEditedBy: { visible: true }, lastVerifiedAt: { visible: true } },
  [COMPONENT.RICH_TEXT]: { summary: { visible: false } },
  [COMPONENT.MAP_EMBED]: { summary: { visible: false } },
  [COMPONENT.CLAIM_EMBED]: { summary: { visible: false } },
  [COMPONENT.QUOTE]: { summary: { visible: false } },
};

type FieldMetadata = { edit?: Record<string, unknown>; list?: Record<string, unknown> };
type ConfigurationService = {
  findConfiguration(model: { uid: string }): Promise<{ settings?: Record<string, unknown>; metadatas?: Record<string, FieldMetadata> } & Record<string, unknown>>;
  updateConfiguration(model: { uid: string }, configuration: Record<string, unknown>): Promise<unknown>;
};

/** Strapi's own default main field for a schema (first string attribute, else id): what it picked before us. */
const strapiDefaultMainField = (schema: { attributes?: Record<string, { type?: string }> } | undefined) =>
  Object.entries(schema?.attributes ?? {}).find(([name, attribute]) => attribute.type === 'string' && name !== 'id')?.[0] ?? 'id';

/**
 * Writes the labels, main fields and read-only system fields into the Content Manager's stored view
 * configuration at boot (after the Content Manager has created it). Labels and main fields only
 * where they are still Strapi's defaults (the attribute name, the first string field), so a
 * newsroom's own choice in "Configure the view" is kept; system fields are always read-only.
 */
export const applyContentManagerLabels = async (strapi: Core.Strapi) => {
  const contentManager = strapi.plugin('content-manager');
  if (!contentManager) return;
  const schemaOf = (uid: string) => (strapi.contentTypes as any)[uid] ?? (strapi.components as any)[uid];
  const apply = async (service: ConfigurationService, uid: string, fields: Record<string, Metadata>) => {
    const configuration = await service.findConfiguration({ uid });
    const metadatas = configuration.metadatas ?? {};
    const settings = { ...(configuration.settings ?? {}) };
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
    const mainField = MAIN_FIELDS[uid];
    const schema = schemaOf(uid);
    if (mainField && settings.mainField !== mainField && (!settings.mainField || settings.mainField === strapiDefaultMainField(schema))) {
      settings.mainField = mainField;
      changed = true;
    }
    // A relation names its target by the target's main field, stored per field when the field was first seen.
    for (const [name, attribute] of Object.entries((schema?.attributes ?? {}) as Record<string, { type?: string; target?: string }>)) {
      const target = attribute.type === 'relation' && attribute.target ? MAIN_FIELDS[attribute.target] : undefined;
      const field = metadatas[name];
      if (!target || !field) continue;
      for (const view of ['edit', 'list'] as const) {
        const metadata = field[view];
        if (metadata && 'mainField' in metadata && metadata.mainField !== target && metadata.mainField === strapiDefaultMainField(schemaOf(attribute.target!))) {
          field[view] = { ...metadata, mainField: target };
          changed = true;
        }
      }
    }
    for (const [name, { visible }] of Object.entries(READ_ONLY[uid] ?? {})) {
      const edit = metadatas[name]?.edit;
      if (edit && (edit.editable !== false || (!visible && edit.visible !== false))) {
        metadatas[name].edit = { ...edit, editable: false, ...(visible ? {} : { visible: false }) };
        changed = true;
      }
    }
    if (changed) {
      const { layouts } = configuration as Record<string, unknown>;
      await service.updateConfiguration({ uid }, { settings, metadatas, layouts });
    }
  };
  const contentTypes = contentManager.service('content-types') as unknown as ConfigurationService;
  const components = contentManager.service('components') as unknown as ConfigurationService;
  for (const [uid, fields] of Object.entries(CONTENT_TYPES)) await apply(contentTypes, uid, fields);
  for (const [uid, fields] of Object.entries(COMPONENTS)) await apply(components, uid, fields);
};
