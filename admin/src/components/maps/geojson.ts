/**
 * Pure helpers of the GeoJSON map field: the feature list, grouping the server's issues by feature,
 * what the shared renderer can draw, and how two versions differ (the text itself: geojsonText.ts).
 * Whether a map is valid is the server's call (POST /maps/validate); nothing here decides that.
 */
import { MAP_STYLES, extentOf, type RenderableMap } from '../../../../shared/map-svg';
import { GEOMETRIES_BY_FEATURE_TYPE, isMapFeatureType } from '../../../../shared/constants';
import type { MapIssue } from '../../api/maps';

const isObject = (value: unknown): value is Record<string, any> => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface FeatureRow {
  index: number;
  /** `properties.type` as written (may be unknown, or not a string). */
  type: unknown;
  name: string;
  geometryType: string | null;
}

/** The features of a parsed value, or null when it has no `features` array to list. */
export const featureRowsOf = (value: unknown): FeatureRow[] | null => {
  if (!isObject(value) || !Array.isArray(value.features)) return null;
  return value.features.map((feature: unknown, index: number) => {
    const properties = isObject(feature) && isObject(feature.properties) ? feature.properties : {};
    const geometry = isObject(feature) && isObject(feature.geometry) ? feature.geometry : null;
    return {
      index,
      type: properties.type,
      name: typeof properties.name === 'string' ? properties.name : '',
      geometryType: geometry && typeof geometry.type === 'string' ? geometry.type : null,
    };
  });
};

/** A copy of the collection with feature `index` changed by `update` (other features untouched). */
export const updateFeature = (value: unknown, index: number, update: (properties: Record<string, unknown>) => Record<string, unknown>) => {
  if (!isObject(value) || !Array.isArray(value.features)) return value;
  const features = value.features.map((feature: unknown, i: number) => {
    if (i !== index) return feature;
    const base = isObject(feature) ? feature : { type: 'Feature', geometry: null };
    return { ...base, properties: update(isObject(base.properties) ? { ...base.properties } : {}) };
  });
  return { ...value, features };
};

export const removeFeature = (value: unknown, index: number) => {
  if (!isObject(value) || !Array.isArray(value.features)) return value;
  return { ...value, features: value.features.filter((_: unknown, i: number) => i !== index) };
};

export interface GroupedIssues {
  /** Issues of one feature, by its index in `features` (the path's third element). */
  byFeature: Map<number, { path: string; message: string }[]>;
  /** Issues of the collection as a whole (type, size, no features…). */
  general: { path: string; message: string }[];
}

/** Groups the server's issues (`['geojson', 'features', 3, 'properties', 'type']`) by feature. */
export const groupIssues = (issues: MapIssue[]): GroupedIssues => {
  const byFeature = new Map<number, { path: string; message: string }[]>();
  const general: { path: string; message: string }[] = [];
  for (const issue of issues) {
    const [, collection, index, ...rest] = issue.path;
    if (collection === 'features' && typeof index === 'number') {
      const list = byFeature.get(index) ?? [];
      list.push({ path: rest.join('.'), message: issue.message });
      byFeature.set(index, list);
    } else {
      general.push({ path: issue.path.slice(1).join('.'), message: issue.message });
    }
  }
  return { byFeature, general };
};

const DEPTH: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

const isPosition = (p: unknown) =>
  Array.isArray(p) &&
  p.length >= 2 &&
  typeof p[0] === 'number' &&
  typeof p[1] === 'number' &&
  Number.isFinite(p[0]) &&
  Number.isFinite(p[1]);
const hasShape = (coordinates: unknown, depth: number): boolean =>
  depth === 0
    ? isPosition(coordinates)
    : Array.isArray(coordinates) && coordinates.length > 0 && coordinates.every((c) => hasShape(c, depth - 1));

/**
 * What the shared renderer can draw of a parsed value: the features with a known type and a geometry
 * of the right kind and shape, minus those the server flagged. `left` counts the features left out.
 */
export const renderableOf = (
  value: unknown,
  title: string,
  skip: ReadonlySet<number> = new Set(),
): { map: RenderableMap | null; left: number } => {
  if (!isObject(value) || !Array.isArray(value.features)) return { map: null, left: 0 };
  const features = value.features.filter((feature: unknown, index: number) => {
    if (skip.has(index) || !isObject(feature) || !isObject(feature.properties) || !isObject(feature.geometry)) return false;
    const type = feature.properties.type;
    const geometry = feature.geometry as { type?: unknown; coordinates?: unknown };
    return (
      isMapFeatureType(type) &&
      type in MAP_STYLES &&
      GEOMETRIES_BY_FEATURE_TYPE[type].includes(String(geometry.type)) &&
      hasShape(geometry.coordinates, DEPTH[String(geometry.type)])
    );
  });
  const left = value.features.length - features.length;
  return { map: features.length > 0 ? { title, geojson: { features } } : null, left };
};

/** A frame as stored in the map's `frame` field ([west, south, east, north]), when it is one. */
export const frameOf = (value: unknown): [number, number, number, number] | null => {
  let frame = value;
  if (typeof frame === 'string') {
    try {
      frame = JSON.parse(frame);
    } catch {
      return null;
    }
  }
  return Array.isArray(frame) && frame.length === 4 && frame.every((n) => typeof n === 'number' && Number.isFinite(n))
    ? (frame as [number, number, number, number])
    : null;
};

/** The smallest extent holding both maps, so two versions are drawn at the same scale and place. */
export const unionExtent = (a: RenderableMap, b: RenderableMap): [number, number, number, number] => {
  const [aw, as, ae, an] = extentOf(a);
  const [bw, bs, be, bn] = extentOf(b);
  return [Math.min(aw, bw), Math.min(as, bs), Math.max(ae, be), Math.max(an, bn)];
};

const featureKey = (feature: any) => `${feature.properties.type}|${feature.properties.name ?? ''}`;
const featureLabel = (feature: any) =>
  String(feature.properties.name ?? MAP_STYLES[feature.properties.type]?.label ?? feature.properties.type);

/** What changed between two versions, by feature (type and name): moved or reshaped, added, removed. */
export const compareFeatures = (before: RenderableMap, after: RenderableMap) => {
  const index = (map: RenderableMap) => new Map(map.geojson.features.map((f) => [featureKey(f), f] as const));
  const was = index(before);
  const now = index(after);
  const moved: string[] = [];
  const added: string[] = [];
  const removed: string[] = [];
  for (const [key, feature] of now) {
    const old = was.get(key);
    if (!old) added.push(featureLabel(feature));
    else if (JSON.stringify(old.geometry) !== JSON.stringify(feature.geometry)) moved.push(featureLabel(feature));
  }
  for (const [key, feature] of was) if (!now.has(key)) removed.push(featureLabel(feature));
  return { moved, added, removed };
};
