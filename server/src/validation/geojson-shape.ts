/**
 * RFC 7946 coordinate shapes, checked in one linear pass. check-geojson builds a syntax tree of the
 * whole text (seconds and hundreds of MB for a map near the size limit), so it is given each feature
 * with these stand-in coordinates instead, and the real ones are checked here.
 */
const STAND_INS: Record<string, unknown> = {
  Point: [0, 0],
  MultiPoint: [[0, 0]],
  LineString: [[0, 0], [1, 1]],
  MultiLineString: [[[0, 0], [1, 1]]],
  Polygon: [[[0, 0], [1, 0], [1, 1], [0, 0]]],
  MultiPolygon: [[[[0, 0], [1, 0], [1, 1], [0, 0]]]],
};

/** The geometry with its coordinates swapped for a minimal valid set of the same type (unknown types lose them). */
export const withStandInCoordinates = (geometry: unknown): unknown => {
  if (typeof geometry !== 'object' || geometry === null || Array.isArray(geometry)) return geometry;
  const { coordinates, geometries, ...rest } = geometry as Record<string, unknown>;
  const type = String(rest.type);
  return type in STAND_INS ? { ...rest, coordinates: STAND_INS[type] } : rest;
};

const isPosition = (value: unknown) =>
  Array.isArray(value) && (value.length === 2 || value.length === 3) && value.every((n) => typeof n === 'number' && Number.isFinite(n));

const positionsIssue = (value: unknown, min: number): string | null => {
  if (!Array.isArray(value)) return 'must be an array of positions';
  if (value.length < min) return `must have ${min} or more positions`;
  return value.every(isPosition) ? null : 'each position must be [longitude, latitude] (an optional third number is the elevation)';
};

const ringIssue = (ring: unknown): string | null => {
  if (Array.isArray(ring) && ring.length < 4) return 'a polygon ring must have four or more positions, the first and last the same';
  const issue = positionsIssue(ring, 4);
  if (issue) return `a polygon ring ${issue}`;
  const [first, last] = [(ring as number[][])[0], (ring as number[][]).at(-1)!];
  return first[0] === last[0] && first[1] === last[1] && first[2] === last[2] ? null : 'a polygon ring must end at the same position it starts at';
};

const eachIssue = (value: unknown, check: (item: unknown) => string | null): string | null => {
  if (!Array.isArray(value)) return 'must be an array';
  for (const item of value) {
    const issue = check(item);
    if (issue) return issue;
  }
  return null;
};

const polygonIssue = (rings: unknown) => (Array.isArray(rings) && rings.length === 0 ? 'a polygon needs at least one ring' : eachIssue(rings, ringIssue));

/** What is wrong with a geometry's coordinates, or null when they have the shape its type needs. */
export const coordinatesIssue = (type: string, coordinates: unknown): string | null => {
  switch (type) {
    case 'Point':
      return isPosition(coordinates) ? null : 'a Point must be one [longitude, latitude] position';
    case 'MultiPoint':
      return positionsIssue(coordinates, 0);
    case 'LineString':
      return positionsIssue(coordinates, 2);
    case 'MultiLineString':
      return eachIssue(coordinates, (line) => positionsIssue(line, 2));
    case 'Polygon':
      return polygonIssue(coordinates);
    case 'MultiPolygon':
      return eachIssue(coordinates, polygonIssue);
    default:
      return null;
  }
};
