import { getIssues } from '@placemarkio/check-geojson';
import { rewind } from '@turf/rewind';
import { GEOMETRIES_BY_FEATURE_TYPE, MAP_FEATURE_TYPES, MAX_GEOJSON_BYTES, type MapFeatureType } from '../constants';
import type { FieldIssue } from './issues';
import { coordinatesIssue, withStandInCoordinates } from './geojson-shape';
import { findSelfCrossing, letOthersRun, MAX_AREA_POINTS } from './self-crossing';

const MAX_DEPTH = 8; // a FeatureCollection of MultiPolygons is 7 levels deep

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Iterative depth probe: refuses absurd nesting before anything recursive touches it (scalars are skipped, not queued). */
const exceedsDepth = (value: unknown, limit: number): boolean => {
  const nodes: object[] = [value as object];
  const depths: number[] = [0];
  while (nodes.length > 0) {
    const node = nodes.pop()!;
    const depth = depths.pop()!;
    if (depth > limit) return true;
    for (const child of Array.isArray(node) ? node : Object.values(node)) {
      if (typeof child === 'object' && child !== null) {
        nodes.push(child);
        depths.push(depth + 1);
      }
    }
  }
  return false;
};

const positionsOf = (coordinates: unknown): number[][] => {
  const out: number[][] = [];
  const stack: unknown[] = [coordinates];
  while (stack.length > 0) {
    const node = stack.pop();
    if (!Array.isArray(node)) continue;
    if (node.length > 0 && typeof node[0] === 'number') out.push(node as number[]);
    else for (const child of node) stack.push(child);
  }
  return out;
};

/**
 * Validates a situation map: RFC 7946 structure (check-geojson), WGS84 coordinate ranges, and a
 * known `properties.type` per feature matching its geometry. Paths are relative to `basePath`.
 */
export const validateMapGeoJson = async (value: unknown, basePath: (string | number)[] = ['geojson']): Promise<FieldIssue[]> => {
  const at = (...rest: (string | number)[]) => [...basePath, ...rest];
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      return [{ path: at(), message: 'is not valid JSON' }];
    }
  }
  if (!isPlainObject(value)) return [{ path: at(), message: 'must be a GeoJSON FeatureCollection object' }];
  if (exceedsDepth(value, MAX_DEPTH)) return [{ path: at(), message: `is nested deeper than a GeoJSON map can be (${MAX_DEPTH} levels)` }];
  await letOthersRun();
  const text = JSON.stringify(value);
  if (text.length > MAX_GEOJSON_BYTES) {
    return [{ path: at(), message: `is ${text.length} bytes; a map may be at most ${MAX_GEOJSON_BYTES} bytes` }];
  }
  if (value.type !== 'FeatureCollection') return [{ path: at('type'), message: 'must be "FeatureCollection"' }];
  if (!Array.isArray(value.features)) return [{ path: at('features'), message: 'must be an array of features' }];
  if (value.features.length === 0) return [{ path: at('features'), message: 'must contain at least one feature' }];

  const issues: FieldIssue[] = [];
  for (const [index, feature] of (value.features as unknown[]).entries()) {
    await letOthersRun();
    const issue = await featureIssue(feature, (...rest) => at('features', index, ...rest), index);
    if (issue) issues.push(issue);
  }
  return issues;
};

type Where = (...rest: (string | number)[]) => (string | number)[];

/** The first thing wrong with one feature, or null. */
const featureIssue = async (feature: unknown, where: Where, index: number): Promise<FieldIssue | null> => {
  if (!isPlainObject(feature)) return { path: where(), message: 'must be a GeoJSON Feature object' };
  const envelope = { ...feature, geometry: withStandInCoordinates(feature.geometry) };
  const structural = getIssues(JSON.stringify({ type: 'FeatureCollection', features: [envelope] }));
  const shape = isPlainObject(feature.geometry) ? coordinatesIssue(String(feature.geometry.type), feature.geometry.coordinates) : null;
  if (structural.length > 0 || shape) return { path: where(), message: structural.map((i) => i.message).concat(shape ?? []).join(' ') };
  await letOthersRun();

  const properties = isPlainObject(feature.properties) ? feature.properties : {};
  const type = properties.type;
  if (typeof type !== 'string' || !(MAP_FEATURE_TYPES as readonly string[]).includes(type)) {
    return { path: where('properties', 'type'), message: `must be one of ${MAP_FEATURE_TYPES.join(', ')}` };
  }
  const geometry = feature.geometry as { type?: string; coordinates?: unknown } | null;
  if (!geometry) return { path: where('geometry'), message: 'is required for a map feature' };
  const allowed = GEOMETRIES_BY_FEATURE_TYPE[type as MapFeatureType];
  if (!allowed.includes(String(geometry.type))) {
    return { path: where('geometry', 'type'), message: `a ${type} feature must be ${allowed.join(' or ')}` };
  }
  const outOfRange = positionsOf(geometry.coordinates).find(([lon, lat]) => !(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90));
  if (outOfRange) {
    return { path: where('geometry', 'coordinates'), message: `position [${outOfRange.join(', ')}] is outside WGS84 longitude/latitude ranges` };
  }
  if (geometry.type !== 'Polygon' && geometry.type !== 'MultiPolygon') return null;
  await letOthersRun();

  const rings = (geometry.type === 'Polygon' ? [geometry.coordinates] : (geometry.coordinates as unknown[])).flat() as number[][][];
  const check = await findSelfCrossing(rings);
  const label = typeof properties.name === 'string' && properties.name.trim() ? `“${properties.name.trim().slice(0, 80)}”` : `feature ${index}`;
  if (check.kind === 'crossing') {
    const [lon, lat] = check.at;
    return {
      path: where('geometry', 'coordinates'),
      message: `the outline of ${label} crosses itself (near ${lon.toFixed(4)}, ${lat.toFixed(4)}); redraw it so edges do not cross`,
    };
  }
  if (check.kind === 'too-intricate') {
    return {
      path: where('geometry', 'coordinates'),
      message: `the outline of ${label} is too intricate to check (at most ${MAX_AREA_POINTS} points, without edges piled on each other); simplify it`,
    };
  }
  return null;
};

/**
 * RFC 7946 wants exterior rings counter-clockwise and holes clockwise; GIS tools often export the
 * other way. A valid map is stored rewound rather than refused (the shape is the same).
 */
export const normalizeMapGeoJson = (value: unknown) => {
  const parsed = typeof value === 'string' ? JSON.parse(value) : value;
  return rewind(parsed as any, { mutate: false });
};
