import type { Core } from '@strapi/strapi';
import { COMPONENT, PLUGIN_ID, UID } from '../constants';
import { blocksLinkIssues, scalarIssue } from './fields';
import type { FieldIssue } from './issues';
import { collectJsonIssues, isUnsafeText, UNSAFE_TEXT_MESSAGE } from './text';

type Attribute = { type: string; component?: string; components?: string[]; repeatable?: boolean; required?: boolean };
type Path = (string | number)[];

/** Plain-text fields carry no markup: readers' pages and sync payloads must never carry a tag from input. */
const MARKUP = /<\s*[a-zA-Z!?/]/;
const URL_FIELDS = new Set(['sourceUrl', 'url']);

export const isBlank = (value: unknown) => typeof value !== 'string' || value.trim() === '';

/** Required text fields that must hold real text even in a draft: a credit is never optional. */
const NON_BLANK_FIELDS: Record<string, string[]> = {
  [COMPONENT.CREDITED_IMAGE]: ['credit', 'altText'],
  [COMPONENT.SECTION_HEADING]: ['question'],
  [COMPONENT.QUOTE]: ['text'],
};

const checkUrl = (value: string, path: Path, issues: FieldIssue[]) => {
  if (value === '') return;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error('protocol');
  } catch {
    issues.push({ path, message: 'must be an absolute http(s) URL' });
  }
};

/**
 * Checks the values a write carries, walking the model's attributes (components and dynamic zone
 * entries included). Only keys present in `data` are checked, so partial updates stay possible.
 */
export const collectDataIssues = (
  strapi: Core.Strapi,
  attributes: Record<string, Attribute>,
  data: Record<string, unknown>,
  path: Path,
  ownerUid: string
): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  for (const field of NON_BLANK_FIELDS[ownerUid] ?? []) {
    if (isBlank(data[field])) issues.push({ path: [...path, field], message: 'is required and cannot be blank' });
  }
  for (const [name, attribute] of Object.entries(attributes)) {
    if (!(name in data)) continue;
    const value = data[name];
    const at = [...path, name];
    switch (attribute.type) {
      case 'string':
      case 'text':
        if (value === null || value === undefined) break;
        if (typeof value !== 'string') {
          issues.push({ path: at, message: 'must be a string' });
        } else if (isUnsafeText(value)) {
          issues.push({ path: at, message: UNSAFE_TEXT_MESSAGE });
        } else if (URL_FIELDS.has(name)) {
          checkUrl(value, at, issues);
        } else if (MARKUP.test(value)) {
          issues.push({ path: at, message: 'must be plain text; HTML and script tags are not allowed' });
        }
        break;
      case 'component': {
        if (value === null || value === undefined) break;
        const schema = strapi.components[attribute.component as keyof typeof strapi.components];
        const entries = attribute.repeatable ? value : [value];
        if (!Array.isArray(entries)) {
          issues.push({ path: at, message: 'must be a list of components' });
          break;
        }
        entries.forEach((entry, index) => {
          const entryPath = attribute.repeatable ? [...at, index] : at;
          if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) {
            issues.push({ path: entryPath, message: 'must be an object' });
            return;
          }
          issues.push(...collectDataIssues(strapi, schema.attributes as any, entry, entryPath, attribute.component!));
        });
        break;
      }
      case 'dynamiczone': {
        if (value === null || value === undefined) break;
        if (!Array.isArray(value)) {
          issues.push({ path: at, message: 'must be a list of blocks' });
          break;
        }
        value.forEach((entry, index) => {
          const component = entry?.__component;
          if (typeof component !== 'string' || !attribute.components?.includes(component)) {
            issues.push({
              path: [...at, index, '__component'],
              message: `must be one of ${attribute.components?.join(', ')}`,
            });
            return;
          }
          const schema = strapi.components[component as keyof typeof strapi.components];
          issues.push(...collectDataIssues(strapi, schema.attributes as any, entry, [...at, index], component));
        });
        break;
      }
      case 'json':
        // The map's GeoJSON is checked as a whole afterwards (see validateMapGeoJson).
        if (ownerUid === UID.MAP && name === 'geojson' && value === null) issues.push({ path: at, message: 'is required' });
        else issues.push(...collectJsonIssues(value, at));
        break;
      case 'blocks':
        issues.push(...collectJsonIssues(value, at), ...blocksLinkIssues(value, at));
        break;
      default: {
        const issue = scalarIssue(attribute.type, value);
        if (issue) issues.push({ path: at, message: issue });
        break;
      }
    }
  }
  return issues;
};

export const componentEntries = (body: unknown, uid: string): [number, Record<string, any>][] =>
  Array.isArray(body) ? body.map((entry, index) => [index, entry] as [number, any]).filter(([, e]) => e?.__component === uid) : [];

/**
 * Checks what only the stored result can tell: relations and media that Strapi accepts as
 * connect/disconnect operations. Runs inside the write's transaction, so a failure rolls it back.
 */
export const collectStoredIssues = async (strapi: Core.Strapi, uid: string, documentId: string): Promise<FieldIssue[]> => {
  const issues: FieldIssue[] = [];
  if (uid === UID.CLAIM) {
    const claim = await strapi.documents(UID.CLAIM).findOne({ documentId, populate: { claimant: { fields: ['id'] } } });
    if (claim && !(claim as any).claimant) issues.push({ path: ['claimant'], message: 'is required: every claim names who made it' });
  }
  if (uid === UID.EXPLAINER) {
    const explainer: any = await strapi.documents(UID.EXPLAINER).findOne({
      documentId,
      status: 'draft',
      populate: {
        heroImage: { populate: { image: { fields: ['id'] } } },
        body: {
          on: {
            [COMPONENT.CREDITED_IMAGE]: { populate: { image: { fields: ['id'] } } },
            [COMPONENT.MAP_EMBED]: { populate: { map: { fields: ['id'] } } },
            [COMPONENT.CLAIM_EMBED]: { populate: { claim: { fields: ['id'] } } },
          },
        },
      },
    });
    if (!explainer) return issues;
    if (explainer.heroImage && !explainer.heroImage.image) issues.push({ path: ['heroImage', 'image'], message: 'is required' });
    for (const [index, block] of componentEntries(explainer.body, COMPONENT.CREDITED_IMAGE)) {
      if (!block.image) issues.push({ path: ['body', index, 'image'], message: 'is required' });
    }
    for (const [index, block] of componentEntries(explainer.body, COMPONENT.MAP_EMBED)) {
      if (!block.map) issues.push({ path: ['body', index, 'map'], message: 'must name a map' });
    }
    for (const [index, block] of componentEntries(explainer.body, COMPONENT.CLAIM_EMBED)) {
      if (!block.claim) issues.push({ path: ['body', index, 'claim'], message: 'must name a claim' });
    }
  }
  return issues;
};

export const isPluginModel = (uid: string) => uid.startsWith(`plugin::${PLUGIN_ID}.`);
