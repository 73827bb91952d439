/**
 * The public snapshot of an explainer revision: the one contract shared by the renderer, the public
 * API, the sync payload, the admin and the reference site. It is rendered once, at publish, and never
 * carries internal notes, usage notes or draft-only content.
 */
import type { REVISION_KINDS } from '../constants';

export const SNAPSHOT_SCHEMA_VERSION = 1;

export type ClaimStatus = 'unverified' | 'disputed' | 'denied' | 'corroborated' | 'confirmed' | 'false' | 'retracted';
export type RevisionKind = (typeof REVISION_KINDS)[number];
export type Side = 'ukraine' | 'russia' | 'international' | 'independent';

/** Strapi blocks (rich text) as stored: paragraphs, headings, lists, links, formatted text. */
export type RichTextNode = {
  type: string;
  text?: string;
  url?: string;
  level?: number;
  format?: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  code?: boolean;
  children?: RichTextNode[];
};

/** One of the smaller renditions Strapi's upload plugin generates (thumbnail, small, medium, large). */
export interface SnapshotImageFormat {
  name: string;
  url: string;
  width: number;
  height: number;
}

export interface SnapshotImage {
  url: string;
  width: number | null;
  height: number | null;
  mime: string | null;
  caption: string | null;
  credit: string;
  creator: string | null;
  copyrightHolder: string | null;
  sourceKind: string | null;
  altText: string;
  /**
   * Smaller renditions, narrowest first, for `srcset`; empty when Strapi made none. Optional: snapshots
   * published before renditions were recorded have none.
   */
  formats?: SnapshotImageFormat[];
}

export interface SnapshotActor {
  id: string;
  name: string;
  kind: string;
  side: Side;
  affiliation: string | null;
  description: string | null;
  url: string | null;
}

export interface SnapshotClaimLinks {
  contradicts: string[];
  contradictedBy: string[];
  supports: string[];
  supportedBy: string[];
  updates: string[];
  updatedByClaims: string[];
}

export interface SnapshotClaim {
  id: string;
  statement: string;
  claimantId: string | null;
  medium: string;
  sourceUrl: string | null;
  madeAt: string | null;
  status: ClaimStatus;
  lastVerifiedAt: string | null;
  links: SnapshotClaimLinks;
}

export interface SnapshotMap {
  id: string;
  title: string;
  caption: string | null;
  sourceLine: string;
  asOf: string;
  textDescription: string;
  frame: [number, number, number, number] | null;
  geojson: GeoJsonFeatureCollection;
  /** Static rendering for readers without JavaScript (shared/map-svg.ts). */
  svg: string;
  legend: { type: string; label: string; fill: string | null; stroke: string | null; dash: string | null }[];
}

export interface GeoJsonFeatureCollection {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: { type: string; name?: string } & Record<string, unknown>; geometry: { type: string; coordinates: unknown } }[];
}

export type SnapshotBlock =
  | { type: 'text'; content: RichTextNode[] }
  | { type: 'image'; image: SnapshotImage }
  | { type: 'map'; mapId: string; caption: string | null }
  | { type: 'claim'; claimId: string }
  | { type: 'quote'; text: string; speakerId: string | null; attribution: string | null; sourceUrl: string | null };

/** The body nested into sections: the intro has no question; each later section opens with one. */
export interface SnapshotSection {
  id: string;
  question: string | null;
  blocks: SnapshotBlock[];
}

/** What a revision's content is: everything that, when unchanged, means "nothing to publish". */
export interface SnapshotContent {
  documentId: string;
  locale: string | null;
  slug: string;
  title: string;
  standfirst: string | null;
  place: string | null;
  topic: string | null;
  situationStatus: 'developing' | 'settled';
  byline: string | null;
  heroImage: SnapshotImage | null;
  sections: SnapshotSection[];
  claims: SnapshotClaim[];
  actors: SnapshotActor[];
  maps: SnapshotMap[];
}

export interface ChangelogEntry {
  number: number;
  kind: RevisionKind;
  note: string;
  publishedAt: string;
}

/** The source edition's revision an edition was translated from: `{ locale: 'en', revision: 12 }`. */
export interface EditionSource {
  locale: string;
  revision: number;
}

export interface SnapshotRevision {
  /** This edition's own revision number: every locale has its own sequence (uk r1, r2, …). */
  number: number;
  kind: RevisionKind;
  note: string;
  publishedAt: string;
  /** sha256 of the canonical JSON of `content`. */
  contentHash: string;
  /**
   * For an edition other than the default locale's: the source revision it was translated from,
   * confirmed by the translator (default: the source's latest). null for the source edition; absent in
   * snapshots published before editions.
   */
  basedOn?: EditionSource | null;
}

export interface ExplainerSnapshot {
  schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION;
  /** The edition (a Strapi locale code: `en`, `uk`, `ru`); absent in snapshots published before editions. */
  locale?: string;
  content: SnapshotContent;
  revision: SnapshotRevision;
  firstPublishedAt: string;
  /** The most recent entries, newest first; the full changelog is at /explainers/:slug/revisions. */
  changelog: ChangelogEntry[];
  changelogTotal: number;
  jsonLd: Record<string, unknown>;
}

/** One published edition of an explainer (GET /api/conflict-explainer/explainers/:slug/editions). */
export interface ExplainerEdition {
  locale: string;
  /** The edition's latest revision number (its own sequence). */
  revision: number;
  publishedAt: string;
  /** The source revision it was translated from; null for the source edition. */
  basedOn: EditionSource | null;
  /** How many source revisions were published since `basedOn` (0: up to date); null for the source edition. */
  behind: number | null;
}

/** How many changelog entries a snapshot embeds, so publishing costs the same at revision 1,000. */
export const SNAPSHOT_CHANGELOG_LIMIT = 25;

/** Newsroom statuses that are a verdict, published as schema.org ClaimReview ratings. */
export const RATED_STATUSES: Partial<Record<ClaimStatus, { value: number; label: string }>> = {
  false: { value: 1, label: 'False' },
  corroborated: { value: 4, label: 'Corroborated' },
  confirmed: { value: 5, label: 'Confirmed' },
};
