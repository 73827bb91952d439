import { groupIssues, renderableOf } from '../geojson';
import { jsonErrorOffset, parseGeoJsonText, textOf } from '../geojsonText';

test.each([
  ['{"a": 1,}', 8, 'trailing comma in an object'],
  ['[1, 2', 5, 'unterminated array'],
  ['{"a" 1}', 5, 'missing colon'],
  ['{"a": "b\nc"}', 8, 'raw newline in a string'],
  ['{"a": tru}', 6, 'broken literal'],
  ['{"a": 01}', 7, 'leading zero, then a stray digit'],
  ['{"a": 1} x', 9, 'text after the value'],
  ['{"a": "\\x"}', 8, 'bad escape'],
])('the scanner finds where %j breaks (%s)', (text, offset) => {
  expect(() => JSON.parse(text)).toThrow();
  expect(jsonErrorOffset(text)).toBe(offset);
});

test.each(['{}', '[]', '{"a": [1, -2.5e3, true, false, null, "x\\"\\u00e9"]}', ' \n{"type": "FeatureCollection", "features": []}\n'])(
  'the scanner accepts valid JSON %j',
  (text) => {
    expect(jsonErrorOffset(text)).toBeNull();
  },
);

test('a parse failure gives a 1-based line and column', () => {
  const result = parseGeoJsonText('{\n  "type": "FeatureCollection"\n  "features": []\n}');
  expect(result).toMatchObject({ ok: false, empty: false, line: 3, column: 3 });
  expect(parseGeoJsonText('  \n')).toEqual({ ok: false, empty: true });
});

test('textOf keeps positions on one line and round-trips, leaving strings alone', () => {
  const value = {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { type: 'road', name: 'Road [1,2]' },
        geometry: {
          type: 'LineString',
          coordinates: [
            [37.05, 48.12],
            [1e-7, -3],
          ],
        },
      },
    ],
  };
  const text = textOf(value);
  expect(text).toContain('[37.05, 48.12]');
  expect(text).toContain('"name": "Road [1,2]"');
  expect(JSON.parse(text)).toEqual(value);
  expect(textOf(null)).toBe('');
  expect(textOf('{"broken"')).toBe('{"broken"');
});

test("the server's issues are grouped by feature index (path[2]); the rest are the collection's", () => {
  const grouped = groupIssues([
    { path: ['geojson', 'features', 3, 'properties', 'type'], message: 'must be one of …' },
    { path: ['geojson', 'features', 3, 'geometry', 'type'], message: 'a road feature must be LineString' },
    { path: ['geojson', 'features', 0], message: 'must be a GeoJSON Feature object' },
    { path: ['geojson', 'type'], message: 'must be "FeatureCollection"' },
  ]);
  expect(grouped.byFeature.get(3)).toEqual([
    { path: 'properties.type', message: 'must be one of …' },
    { path: 'geometry.type', message: 'a road feature must be LineString' },
  ]);
  expect(grouped.byFeature.get(0)).toEqual([{ path: '', message: 'must be a GeoJSON Feature object' }]);
  expect(grouped.general).toEqual([{ path: 'type', message: 'must be "FeatureCollection"' }]);
});

test('the preview draws only what the renderer can: known types with a fitting, well-formed geometry', () => {
  const f = (type: string, geometry: unknown) => ({ type: 'Feature', properties: { type }, geometry });
  const { map, left } = renderableOf(
    {
      features: [
        f('road', {
          type: 'LineString',
          coordinates: [
            [37, 48],
            [37.1, 48.1],
          ],
        }),
        f('castle', { type: 'Point', coordinates: [37, 48] }),
        f('road', { type: 'Point', coordinates: [37, 48] }),
        f('control-russian', { type: 'Polygon', coordinates: [[37, 48]] }),
        f('settlement', { type: 'Point', coordinates: [37, 48] }),
        null,
      ],
    },
    'Map',
    new Set([4]),
  );
  expect(map!.geojson.features).toHaveLength(1);
  expect(left).toBe(5);
});
