import type {
  SnapshotActor,
  SnapshotBlock,
  SnapshotClaim,
  SnapshotContent,
  SnapshotImage,
  SnapshotImageFormat,
  SnapshotMap,
  SnapshotSection,
} from '../../../shared/contracts/snapshot';
import { editionGeojson, legendOf, renderMapSvg } from '../../../shared/map-svg';
import { COMPONENT } from '../constants';
import { LINK_FIELDS } from './populate';

type Entry = Record<string, any>;

const orNull = <T>(value: T | undefined | null): T | null => (value === undefined || value === '' ? null : value);

export type RenderOptions = {
  /** Prefix for relative upload URLs (the public origin of Strapi), or '' to keep them relative. */
  mediaBaseUrl: string;
};

const absolute = (url: string, options: RenderOptions) => (url.startsWith('/') ? `${options.mediaBaseUrl}${url}` : url);

/** The upload plugin's renditions (a JSON map keyed by name), narrowest first, each with its size. */
const renderFormats = (formats: unknown, options: RenderOptions): SnapshotImageFormat[] =>
  Object.entries(formats && typeof formats === 'object' ? (formats as Record<string, Entry>) : {})
    .filter(([, format]) => typeof format?.url === 'string' && Number(format.width) > 0 && Number(format.height) > 0)
    .map(([name, format]) => ({ name, url: absolute(format.url, options), width: Number(format.width), height: Number(format.height) }))
    .sort((a, b) => a.width - b.width || a.name.localeCompare(b.name));

const renderImage = (component: Entry | null | undefined, options: RenderOptions): SnapshotImage | null => {
  if (!component?.image) return null;
  const file = component.image;
  return {
    url: absolute(file.url ?? '', options),
    width: file.width ?? null,
    height: file.height ?? null,
    mime: file.mime ?? null,
    caption: orNull(component.caption),
    credit: component.credit,
    creator: orNull(component.creator),
    copyrightHolder: orNull(component.copyrightHolder),
    sourceKind: orNull(component.sourceKind),
    altText: component.altText,
    formats: renderFormats(typeof file.formats === 'string' ? JSON.parse(file.formats) : file.formats, options),
  };
};

const renderActor = (actor: Entry): SnapshotActor => ({
  id: actor.documentId,
  name: actor.name,
  kind: actor.kind,
  side: actor.side,
  affiliation: orNull(actor.affiliation),
  description: orNull(actor.description),
  url: orNull(actor.url),
});

/** A map as one edition shows it: the edition's feature names (`name:<locale>`) drawn, other languages' left out. */
const renderMap = (map: Entry, locale: string | null): SnapshotMap => {
  const stored = typeof map.geojson === 'string' ? JSON.parse(map.geojson) : map.geojson;
  const geojson = Array.isArray(stored?.features) ? editionGeojson(stored, locale) : stored;
  const frame = Array.isArray(map.frame) && map.frame.length === 4 ? (map.frame as SnapshotMap['frame']) : null;
  const renderable = { title: map.title, frame, geojson };
  return {
    id: map.documentId,
    title: map.title,
    caption: orNull(map.caption),
    sourceLine: map.sourceLine,
    asOf: map.asOf,
    textDescription: map.textDescription,
    frame,
    geojson,
    svg: renderMapSvg(renderable, { id: `map-svg-${map.documentId}`, locale }),
    legend: legendOf(renderable, locale),
  };
};

const slugify = (text: string) =>
  text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{Letter}\p{Number}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'section';

/**
 * Renders a populated explainer entry (see SNAPSHOT_POPULATE) into the public content: the body
 * nested into sections, every claim it embeds or tracks, their actors, the maps. Private fields are
 * never read, so they cannot leak.
 */
export const renderContent = (entry: Entry, options: RenderOptions): SnapshotContent => {
  const claims = new Map<string, Entry>();
  const actors = new Map<string, SnapshotActor>();
  const maps = new Map<string, SnapshotMap>();
  const addClaim = (claim: Entry | null | undefined) => {
    if (!claim?.documentId) return;
    claims.set(claim.documentId, claim);
    if (claim.claimant?.documentId) actors.set(claim.claimant.documentId, renderActor(claim.claimant));
  };

  const sections: SnapshotSection[] = [{ id: 'intro', question: null, blocks: [] }];
  const usedIds = new Set(['intro']);
  for (const block of (entry.body ?? []) as Entry[]) {
    const current = sections[sections.length - 1];
    const push = (rendered: SnapshotBlock) => current.blocks.push(rendered);
    switch (block.__component) {
      case COMPONENT.SECTION_HEADING: {
        let id = slugify(block.question);
        for (let n = 2; usedIds.has(id); n += 1) id = `${slugify(block.question)}-${n}`;
        usedIds.add(id);
        sections.push({ id, question: block.question, blocks: [] });
        break;
      }
      case COMPONENT.RICH_TEXT:
        push({ type: 'text', content: block.content ?? [] });
        break;
      case COMPONENT.CREDITED_IMAGE: {
        const image = renderImage(block, options);
        if (image) push({ type: 'image', image });
        break;
      }
      case COMPONENT.MAP_EMBED:
        if (block.map) {
          maps.set(block.map.documentId, renderMap(block.map, entry.locale ?? null));
          push({ type: 'map', mapId: block.map.documentId, caption: orNull(block.caption) });
        }
        break;
      case COMPONENT.CLAIM_EMBED:
        if (block.claim) {
          addClaim(block.claim);
          push({ type: 'claim', claimId: block.claim.documentId });
        }
        break;
      case COMPONENT.QUOTE:
        if (block.speaker) actors.set(block.speaker.documentId, renderActor(block.speaker));
        push({
          type: 'quote',
          text: block.text,
          speakerId: block.speaker?.documentId ?? null,
          attribution: orNull(block.attribution),
          sourceUrl: orNull(block.sourceUrl),
        });
        break;
      default:
        break;
    }
  }
  for (const claim of (entry.claims ?? []) as Entry[]) addClaim(claim);

  const renderedClaims: SnapshotClaim[] = [...claims.values()].map((claim) => ({
    id: claim.documentId,
    statement: claim.statement,
    claimantId: claim.claimant?.documentId ?? null,
    medium: claim.medium,
    sourceUrl: orNull(claim.sourceUrl),
    madeAt: orNull(claim.madeAt),
    status: claim.claimStatus,
    lastVerifiedAt: orNull(claim.lastVerifiedAt),
    // Only links to claims readers can see in this snapshot.
    links: Object.fromEntries(
      LINK_FIELDS.map((field) => [
        field,
        ((claim[field] ?? []) as Entry[]).map((c) => c.documentId as string).filter((id) => claims.has(id)).sort(),
      ])
    ) as unknown as SnapshotClaim['links'],
  }));

  return {
    documentId: entry.documentId,
    locale: entry.locale ?? null,
    slug: entry.slug,
    title: entry.title,
    standfirst: orNull(entry.standfirst),
    place: orNull(entry.place),
    topic: orNull(entry.topic),
    situationStatus: entry.situationStatus,
    byline: orNull(entry.byline),
    heroImage: renderImage(entry.heroImage, options),
    sections: sections.filter((section, index) => index > 0 || section.blocks.length > 0),
    claims: renderedClaims.sort((a, b) => a.id.localeCompare(b.id)),
    actors: [...actors.values()].sort((a, b) => a.id.localeCompare(b.id)),
    maps: [...maps.values()].sort((a, b) => a.id.localeCompare(b.id)),
  };
};

const relationId = (value: Entry | null | undefined) => (value?.documentId ? value.documentId : null);

/** The published entry as Content Manager data, so restoring a revision reproduces it exactly. */
export const renderRestorable = (entry: Entry) => {
  const image = (component: Entry | null) =>
    component
      ? {
          image: component.image?.id ?? null,
          caption: component.caption ?? null,
          credit: component.credit,
          creator: component.creator ?? null,
          copyrightHolder: component.copyrightHolder ?? null,
          sourceKind: component.sourceKind ?? null,
          usageNote: component.usageNote ?? null,
          altText: component.altText,
        }
      : null;
  return {
    title: entry.title,
    slug: entry.slug,
    standfirst: entry.standfirst ?? null,
    place: entry.place ?? null,
    topic: entry.topic ?? null,
    situationStatus: entry.situationStatus,
    byline: entry.byline ?? null,
    heroImage: image(entry.heroImage ?? null),
    body: ((entry.body ?? []) as Entry[]).map((block) => {
      const base = { __component: block.__component };
      switch (block.__component) {
        case COMPONENT.SECTION_HEADING:
          return { ...base, question: block.question };
        case COMPONENT.RICH_TEXT:
          return { ...base, content: block.content };
        case COMPONENT.CREDITED_IMAGE:
          return { ...base, ...image(block) };
        case COMPONENT.MAP_EMBED:
          return { ...base, map: relationId(block.map), caption: block.caption ?? null };
        case COMPONENT.CLAIM_EMBED:
          return { ...base, claim: relationId(block.claim) };
        case COMPONENT.QUOTE:
          return { ...base, text: block.text, speaker: relationId(block.speaker), attribution: block.attribution ?? null, sourceUrl: block.sourceUrl ?? null };
        default:
          return base;
      }
    }),
    claims: ((entry.claims ?? []) as Entry[]).map((claim) => claim.documentId),
  };
};
