import { normalizeMapGeoJson, validateMapGeoJson } from '../geojson';

const feature = (type: string | undefined, geometry: unknown) => ({
  type: 'Feature',
  properties: type === undefined ? {} : { type, name: 'x' },
  geometry,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const square = [[[37.1, 48.2], [37.2, 48.2], [37.2, 48.3], [37.1, 48.3], [37.1, 48.2]]];

describe('validateMapGeoJson', () => {
  it('accepts a typed FeatureCollection', async () => {
    const map = collection(
      feature('control-contested', { type: 'Polygon', coordinates: square }),
      feature('front-line', { type: 'LineString', coordinates: [[37.1, 48.2], [37.3, 48.3]] }),
      feature('settlement', { type: 'Point', coordinates: [37.18, 48.28] })
    );
    expect((await validateMapGeoJson(map))).toEqual([]);
  });

  it('accepts the same document as a JSON string', async () => {
    const map = collection(feature('settlement', { type: 'Point', coordinates: [37.18, 48.28] }));
    expect((await validateMapGeoJson(JSON.stringify(map)))).toEqual([]);
  });

  it('names the feature whose type is missing or unknown', async () => {
    const issues = (await validateMapGeoJson(
      collection(feature('settlement', { type: 'Point', coordinates: [37, 48] }), feature(undefined, { type: 'Point', coordinates: [37, 48] }), feature('castle', { type: 'Point', coordinates: [37, 48] }))
    ));
    expect(issues.map((i) => i.path.join('.'))).toEqual(['geojson.features.1.properties.type', 'geojson.features.2.properties.type']);
  });

  it('refuses a geometry that does not fit the feature type', async () => {
    const [issue] = (await validateMapGeoJson(collection(feature('road', { type: 'Point', coordinates: [37, 48] }))));
    expect(issue.path.join('.')).toBe('geojson.features.0.geometry.type');
    expect(issue.message).toMatch(/LineString/);
  });

  it('refuses an unclosed ring through check-geojson', async () => {
    const [issue] = (await validateMapGeoJson(collection(feature('control-russian', { type: 'Polygon', coordinates: [[[37, 48], [37.1, 48], [37.1, 48.1]]] }))));
    expect(issue.path.join('.')).toBe('geojson.features.0');
    expect(issue.message).toMatch(/four or more positions|same/);
  });

  it('refuses coordinates outside WGS84 ranges (e.g. swapped or projected)', async () => {
    const [issue] = (await validateMapGeoJson(collection(feature('settlement', { type: 'Point', coordinates: [4137000, 5350000] }))));
    expect(issue.path.join('.')).toBe('geojson.features.0.geometry.coordinates');
  });

  it('refuses things that are not a FeatureCollection', async () => {
    expect((await validateMapGeoJson('{nope'))[0].message).toMatch(/not valid JSON/);
    expect((await validateMapGeoJson([1, 2]))[0].message).toMatch(/FeatureCollection/);
    expect((await validateMapGeoJson({ type: 'Feature' }))[0].path).toEqual(['geojson', 'type']);
    expect((await validateMapGeoJson(collection()))[0].path).toEqual(['geojson', 'features']);
  });

  it('refuses absurd nesting without overflowing the stack', async () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100000; i += 1) deep = [deep];
    const issues = (await validateMapGeoJson({ type: 'FeatureCollection', features: [deep] }));
    expect(issues[0].message).toMatch(/nested deeper/);
  });

  it('refuses a document over the size limit', async () => {
    const many = Array.from({ length: 20000 }, (_, i) => feature('settlement', { type: 'Point', coordinates: [37 + i / 1e5, 48] }));
    expect((await validateMapGeoJson(collection(...many)))[0].message).toMatch(/at most/);
  });
});

describe('geometry checks beyond structure', () => {
  it('refuses a self-intersecting ring (a bow tie), naming where', async () => {
    const bowTie = [[[37.1, 48.2], [37.2, 48.3], [37.2, 48.2], [37.1, 48.3], [37.1, 48.2]]];
    const [issue] = (await validateMapGeoJson(collection(feature('control-contested', { type: 'Polygon', coordinates: bowTie }))));
    expect(issue.path.join('.')).toBe('geojson.features.0.geometry.coordinates');
    expect(issue.message).toMatch(/crosses itself \(near 37\.15/);
  });

  /** A closed ring of `points` positions (5 decimals, as GIS tools export) around a circle, each `step` positions on from the last (step 1: a plain circle). */
  const ring = (points: number, step: number, radius = 0.2) =>
    Array.from({ length: points + 1 }, (_, i) => {
      const angle = (2 * Math.PI * ((i * step) % points)) / points;
      return [37 + radius * Math.cos(angle), 48 + radius * Math.sin(angle)].map((n) => Math.round(n * 1e5) / 1e5);
    });

  it('refuses a 6,001-point self-crossing star at its first crossing, naming the feature', async () => {
    const star = { ...feature('control-contested', { type: 'Polygon', coordinates: [ring(6001, 3000)] }), properties: { type: 'control-contested', name: 'Star' } };
    const [issue, ...rest] = (await validateMapGeoJson(collection(feature('settlement', { type: 'Point', coordinates: [37, 48] }), star)));
    expect(rest).toEqual([]);
    expect(issue.path.join('.')).toBe('geojson.features.1.geometry.coordinates');
    expect(issue.message).toMatch(/outline of “Star” crosses itself/);
  });

  it('accepts a large simple outline with a hole, and a MultiPolygon of two touching-free parts', async () => {
    expect((await validateMapGeoJson(collection(feature('control-russian', { type: 'Polygon', coordinates: [ring(15000, 1), ring(200, 1, 0.05).reverse()] }))))).toEqual([]);
    const apart = { type: 'MultiPolygon', coordinates: [[ring(50, 1, 0.01)], [ring(50, 1, 0.01).map(([x, y]) => [x + 1, y])]] };
    expect((await validateMapGeoJson(collection(feature('control-russian', apart))))).toEqual([]);
  });

  it('refuses parts of one MultiPolygon that cross each other', async () => {
    const overlapping = { type: 'MultiPolygon', coordinates: [[ring(50, 1, 0.1)], [ring(50, 1, 0.1).map(([x, y]) => [x + 0.05, y])]] };
    expect((await validateMapGeoJson(collection(feature('control-russian', overlapping))))[0].message).toMatch(/crosses itself/);
  });

  it('refuses an outline with more points than the check takes, naming the feature', async () => {
    const [issue] = (await validateMapGeoJson(collection(feature('control-russian', { type: 'Polygon', coordinates: [ring(20500, 1)] }))));
    expect(issue.path.join('.')).toBe('geojson.features.0.geometry.coordinates');
    expect(issue.message).toMatch(/outline of “x” is too intricate/);
  });

  it('stores a clockwise (wrong winding) ring rewound, not refused', async () => {
    const clockwise = [[[37.1, 48.2], [37.1, 48.3], [37.2, 48.3], [37.2, 48.2], [37.1, 48.2]]];
    const map = collection(feature('control-russian', { type: 'Polygon', coordinates: clockwise }));
    expect((await validateMapGeoJson(map))).toEqual([]);
    const ring = (normalizeMapGeoJson(map) as any).features[0].geometry.coordinates[0] as number[][];
    const signedArea = ring.slice(1).reduce((sum, [x, y], i) => sum + (ring[i][0] * y - x * ring[i][1]), 0) / 2;
    expect(signedArea).toBeGreaterThan(0);
  });
});

describe('the seeded maps', () => {
  const fs = require('node:fs');
  const path = require('node:path');
  const dir = path.resolve(__dirname, '../../../../playground/seed/maps');
  for (const file of fs.readdirSync(dir)) {
    it(`${file} is valid`, async () => {
      expect(await validateMapGeoJson(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')))).toEqual([]);
    });
  }
});
