import { normalizeMapGeoJson, validateMapGeoJson } from '../geojson';

const feature = (type: string | undefined, geometry: unknown) => ({
  type: 'Feature',
  properties: type === undefined ? {} : { type, name: 'x' },
  geometry,
});
const collection = (...features: unknown[]) => ({ type: 'FeatureCollection', features });
const square = [[[37.1, 48.2], [37.2, 48.2], [37.2, 48.3], [37.1, 48.3], [37.1, 48.2]]];

describe('validateMapGeoJson', () => {
  it('accepts a typed FeatureCollection', () => {
    const map = collection(
      feature('control-contested', { type: 'Polygon', coordinates: square }),
      feature('front-line', { type: 'LineString', coordinates: [[37.1, 48.2], [37.3, 48.3]] }),
      feature('settlement', { type: 'Point', coordinates: [37.18, 48.28] })
    );
    expect(validateMapGeoJson(map)).toEqual([]);
  });

  it('accepts the same document as a JSON string', () => {
    const map = collection(feature('settlement', { type: 'Point', coordinates: [37.18, 48.28] }));
    expect(validateMapGeoJson(JSON.stringify(map))).toEqual([]);
  });

  it('names the feature whose type is missing or unknown', () => {
    const issues = validateMapGeoJson(
      collection(feature('settlement', { type: 'Point', coordinates: [37, 48] }), feature(undefined, { type: 'Point', coordinates: [37, 48] }), feature('castle', { type: 'Point', coordinates: [37, 48] }))
    );
    expect(issues.map((i) => i.path.join('.'))).toEqual(['geojson.features.1.properties.type', 'geojson.features.2.properties.type']);
  });

  it('refuses a geometry that does not fit the feature type', () => {
    const [issue] = validateMapGeoJson(collection(feature('road', { type: 'Point', coordinates: [37, 48] })));
    expect(issue.path.join('.')).toBe('geojson.features.0.geometry.type');
    expect(issue.message).toMatch(/LineString/);
  });

  it('refuses an unclosed ring through check-geojson', () => {
    const [issue] = validateMapGeoJson(collection(feature('control-russian', { type: 'Polygon', coordinates: [[[37, 48], [37.1, 48], [37.1, 48.1]]] })));
    expect(issue.path.join('.')).toBe('geojson.features.0');
    expect(issue.message).toMatch(/four or more positions|same/);
  });

  it('refuses coordinates outside WGS84 ranges (e.g. swapped or projected)', () => {
    const [issue] = validateMapGeoJson(collection(feature('settlement', { type: 'Point', coordinates: [4137000, 5350000] })));
    expect(issue.path.join('.')).toBe('geojson.features.0.geometry.coordinates');
  });

  it('refuses things that are not a FeatureCollection', () => {
    expect(validateMapGeoJson('{nope')[0].message).toMatch(/not valid JSON/);
    expect(validateMapGeoJson([1, 2])[0].message).toMatch(/FeatureCollection/);
    expect(validateMapGeoJson({ type: 'Feature' })[0].path).toEqual(['geojson', 'type']);
    expect(validateMapGeoJson(collection())[0].path).toEqual(['geojson', 'features']);
  });

  it('refuses absurd nesting without overflowing the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100000; i += 1) deep = [deep];
    const issues = validateMapGeoJson({ type: 'FeatureCollection', features: [deep] });
    expect(issues[0].message).toMatch(/nested deeper/);
  });

  it('refuses a document over the size limit', () => {
    const many = Array.from({ length: 20000 }, (_, i) => feature('settlement', { type: 'Point', coordinates: [37 + i / 1e5, 48] }));
    expect(validateMapGeoJson(collection(...many))[0].message).toMatch(/at most/);
  });
});

describe('geometry checks beyond structure', () => {
  it('refuses a self-intersecting ring (a bow tie), naming where', () => {
    const bowTie = [[[37.1, 48.2], [37.2, 48.3], [37.2, 48.2], [37.1, 48.3], [37.1, 48.2]]];
    const [issue] = validateMapGeoJson(collection(feature('control-contested', { type: 'Polygon', coordinates: bowTie })));
    expect(issue.path.join('.')).toBe('geojson.features.0.geometry.coordinates');
    expect(issue.message).toMatch(/crosses itself \(near 37\.15/);
  });

  it('stores a clockwise (wrong winding) ring rewound, not refused', () => {
    const clockwise = [[[37.1, 48.2], [37.1, 48.3], [37.2, 48.3], [37.2, 48.2], [37.1, 48.2]]];
    const map = collection(feature('control-russian', { type: 'Polygon', coordinates: clockwise }));
    expect(validateMapGeoJson(map)).toEqual([]);
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
    it(`${file} is valid`, () => {
      expect(validateMapGeoJson(JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8')))).toEqual([]);
    });
  }
});
