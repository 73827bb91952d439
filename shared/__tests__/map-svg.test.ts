import fs from 'node:fs';
import path from 'node:path';
import { describeMap, editionGeojson, labelWidth, legendOf, MAP_STYLES, PHONE_FONT_SIZE, renderMapSvg, SETTLEMENT_FONT_SIZE } from '../map-svg';

const seedMap = (name: string) => ({
  title: name,
  geojson: JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../playground/seed/maps', `${name}.geojson`), 'utf8')),
});

/** How many positions a map draws: each vertex of lines and rings (closing ones included), each point. */
const positionCount = (map: { geojson: { features: any[] } }) => {
  const count = (coordinates: unknown): number =>
    Array.isArray(coordinates) && typeof coordinates[0] === 'number' ? 1 : Array.isArray(coordinates) ? coordinates.reduce((n: number, c) => n + count(c), 0) : 0;
  return map.geojson.features.reduce((n: number, f: any) => n + count(f.geometry.coordinates), 0);
};

describe('renderMapSvg on the seeded maps', () => {
  for (const name of ['pokrovsk-close-up', 'western-donetsk-cities', 'pokrovsk-roads']) {
    it(`${name}: every feature drawn in its type's style, filling the canvas, with a legend`, () => {
      const map = seedMap(name);
      const svg = renderMapSvg(map);
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
      const drawn = svg.match(/data-type="[^"]+"/g) ?? [];
      const points = map.geojson.features.reduce((n: number, f: any) => n + (f.geometry.type === 'MultiPoint' ? f.geometry.coordinates.length : 1), 0);
      expect(drawn.length).toBe(points);
      for (const feature of map.geojson.features) {
        const style = MAP_STYLES[feature.properties.type];
        if (style.fill && feature.properties.type.startsWith('control-')) expect(svg).toContain(`fill="${style.fill}"`);
        if (feature.properties.type === 'settlement') expect(svg).toContain(`>${feature.properties.name}</text>`);
      }
      // Every vertex, dot and free label: together they fill the canvas, centred, with 6% margins.
      const drawnPositions = [
        ...svg.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g),
        ...svg.matchAll(/<circle cx="(-?[\d.]+)" cy="(-?[\d.]+)"/g),
        ...svg.matchAll(/<text x="(-?[\d.]+)" y="(-?[\d.]+)" font-size="13"/g),
      ].map((m) => [Number(m[1]), Number(m[2])]);
      expect(drawnPositions.length).toBe(positionCount(map));
      const xs = drawnPositions.map(([x]) => x);
      const ys = drawnPositions.map(([, y]) => y);
      const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
      expect((minX + maxX) / 2).toBeCloseTo(320, 0);
      expect((minY + maxY) / 2).toBeCloseTo(210, 0);
      // One dimension spans the canvas less its margins; the other fits inside.
      const fitsWidth = Math.abs(maxX - minX - 640 / 1.12) < 0.5;
      const fitsHeight = Math.abs(maxY - minY - 420 / 1.12) < 0.5;
      expect(fitsWidth || fitsHeight).toBe(true);
      expect(maxX - minX).toBeLessThanOrEqual(640 / 1.12 + 0.5);
      expect(maxY - minY).toBeLessThanOrEqual(420 / 1.12 + 0.5);
      const legend = legendOf(map).map((entry) => entry.type);
      expect(new Set(legend)).toEqual(new Set(map.geojson.features.map((f: any) => f.properties.type).filter((t: string) => t !== 'label')));
    });
  }

  it('settlement names cover neither one another nor another town’s dot, even for towns a few kilometres apart at a regional scale, at desktop and phone sizes', () => {
    for (const [name, size] of ['pokrovsk-close-up', 'western-donetsk-cities', 'pokrovsk-roads'].flatMap((n) => [SETTLEMENT_FONT_SIZE, PHONE_FONT_SIZE].map((s) => [n, s] as const))) {
      const svg = renderMapSvg(seedMap(name));
      const boxes = [...svg.matchAll(/<text class="place" x="([\d.-]+)" y="([\d.-]+)" text-anchor="(start|end)"( dominant-baseline="hanging")? font-size="13"[^>]*>([^<]*)<\/text>/g)].map((m) => {
        const [x, y, w, hanging] = [Number(m[1]), Number(m[2]), labelWidth(m[5], size), Boolean(m[4])];
        const left = m[3] === 'start' ? x : x - w;
        return { name: m[5], left, right: left + w, top: hanging ? y : y - size, bottom: hanging ? y + size + 3 : y + 3 };
      });
      const dots = [...svg.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)"/g)].map((m) => ({ name: `dot at ${m[1]},${m[2]}`, left: Number(m[1]) - 4, right: Number(m[1]) + 4, top: Number(m[2]) - 4, bottom: Number(m[2]) + 4 }));
      expect(boxes.length).toBeGreaterThan(1);
      for (const label of boxes) {
        for (const dot of dots) {
          const overlap = label.left < dot.right && dot.left < label.right && label.top < dot.bottom && dot.top < label.bottom;
          expect({ map: name, size, labels: [label.name, dot.name], overlap }).toEqual({ map: name, size, labels: [label.name, dot.name], overlap: false });
        }
      }
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect({ map: name, size, labels: [a.name, b.name], overlap }).toEqual({ map: name, size, labels: [a.name, b.name], overlap: false });
        }
      }
    }
  });

  it('names the map and describes what it shows for screen readers', () => {
    const map = seedMap('pokrovsk-close-up');
    const svg = renderMapSvg(map, { id: 'map-svg-abc' });
    expect(svg).toContain('<title>pokrovsk-close-up</title>');
    expect(svg).toContain('aria-describedby="map-svg-abc-desc"');
    expect(describeMap(map)).toBe('Shows Russian-held, Ukrainian-held and contested areas, roads, railways and the front line, with Pokrovsk, Myrnohrad, Rodynske and Selydove marked.');
    expect(svg).toContain(`<desc id="map-svg-abc-desc">${describeMap(map)}</desc>`);
  });

  it('speaks the edition’s language: legend, feature titles and the screen-reader summary, with the edition’s names', () => {
    const map = seedMap('pokrovsk-close-up');
    expect(legendOf(map, 'uk').map((entry) => entry.label)).toEqual(expect.arrayContaining(['Під контролем Росії', 'Лінія фронту', 'Залізниці']));
    expect(legendOf(map, 'ru').map((entry) => entry.label)).toEqual(expect.arrayContaining(['Под контролем России', 'Линия фронта', 'Железные дороги']));
    expect(legendOf(map, 'fr')).toEqual(legendOf(map));
    const uk = describeMap(map, 'uk');
    expect(uk).toMatch(/^На карті: під контролем Росії, під контролем України, спірна зона, .*лінія фронту; позначено Покровськ, Мирноград, .* і .*\.$/);
    expect(describeMap(map, 'ru')).toMatch(/^На карте: .*линия фронта; отмечены Покровск, Мирноград, .* и .*\.$/);
    const svg = renderMapSvg(map, { id: 'uk', locale: 'uk' });
    expect(svg).toContain(`<desc id="uk-desc">${uk}</desc>`);
    expect(svg).not.toMatch(/Russian-held|Shows /);
  });

  it('escapes feature names and titles', () => {
    const svg = renderMapSvg({
      title: '"><script>alert(1)</script>',
      geojson: { features: [{ properties: { type: 'settlement', name: '<img src=x onerror=alert(1)>' }, geometry: { type: 'Point', coordinates: [37.18, 48.28] } }] },
    });
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<img');
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('draws a hand-made map where its coordinates say: centred point, level line, closed polygon, in draw order', () => {
    const svg = renderMapSvg({
      title: 'Grid',
      frame: [10, -5, 20, 5],
      geojson: {
        features: [
          { properties: { type: 'settlement', name: 'Centre' }, geometry: { type: 'Point', coordinates: [15, 0] } },
          { properties: { type: 'label', name: 'Steppe' }, geometry: { type: 'Point', coordinates: [12, 0] } },
          { properties: { type: 'rail', name: 'Railway' }, geometry: { type: 'LineString', coordinates: [[10, 0], [20, 0]] } },
          { properties: { type: 'control-russian' }, geometry: { type: 'Polygon', coordinates: [[[10, -5], [20, -5], [20, 5], [10, 5], [10, -5]]] } },
        ],
      },
    });
    // The frame, padded by 6% on each side, fits the 420-high canvas; the point at its centre is drawn at the canvas centre.
    const scale = 420 / (10 * 1.12);
    const x = (lon: number) => (320 + (lon - 15) * Math.cos(0) * scale).toFixed(1);
    const y = (lat: number) => (210 - lat * scale).toFixed(1);
    expect(svg).toContain('<circle cx="320" cy="210" r="4" fill="#222"/>');
    expect(svg).toContain('>Centre</text>');
    expect(svg).toContain(`<text x="${Number(x(12))}" y="210" font-size="13" font-style="italic" fill="#444" text-anchor="middle" data-type="label">Steppe</text>`);
    expect(svg).toContain(`d="M${x(10)},${y(0)}L${x(20)},${y(0)}" fill="none" stroke="${MAP_STYLES.rail.stroke}" stroke-width="${MAP_STYLES.rail.width}" stroke-dasharray="6 3"`);
    expect(svg).toContain(`d="M${x(10)},${y(-5)}L${x(20)},${y(-5)}L${x(20)},${y(5)}L${x(10)},${y(5)}L${x(10)},${y(-5)}Z" fill="${MAP_STYLES['control-russian'].fill}"`);
    // Areas first, then lines, then places and labels, whatever order the collection lists them in.
    const order = ['control-russian', 'rail', 'settlement', 'label'].map((type) => svg.indexOf(`data-type="${type}"`));
    expect(order.every((at, i) => at > 0 && (i === 0 || at > order[i - 1]))).toBe(true);
    expect(legendOf({ title: 'Grid', geojson: { features: [
      { properties: { type: 'label' }, geometry: { type: 'Point', coordinates: [0, 0] } },
      { properties: { type: 'rail' }, geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] } },
      { properties: { type: 'control-russian' }, geometry: { type: 'Polygon', coordinates: [] } },
    ] } })).toEqual([
      { type: 'control-russian', label: 'Russian-held', fill: '#e8a0a0', stroke: '#b84c4c', dash: null },
      { type: 'rail', label: 'Railway', fill: null, stroke: '#222222', dash: '6 3' },
    ]);
  });
});

describe('renderMapSvg per edition (OpenStreetMap `name:<locale>`)', () => {
  const placeNames = (svg: string) => [...svg.matchAll(/<text class="place"[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

  it('draws the Ukrainian and Russian names of the seeded maps’ places and features', () => {
    const closeUp = seedMap('pokrovsk-close-up');
    const uk = renderMapSvg(closeUp, { locale: 'uk' });
    expect(placeNames(uk)).toEqual(['Покровськ', 'Мирноград', 'Родинське', 'Селидове']);
    expect(uk).toContain('<title>Лінія фронту (приблизно)</title>');
    expect(uk).not.toContain('>Pokrovsk<');
    const ru = renderMapSvg(seedMap('western-donetsk-cities'), { locale: 'ru' });
    expect(placeNames(ru)).toEqual(expect.arrayContaining(['Покровск', 'Мирноград', 'Константиновка', 'Краматорск', 'Славянск']));
    expect(ru).toContain('data-type="label">Пояс крепостей</text>');
    // Every named feature of every seeded map has both names.
    for (const name of ['pokrovsk-close-up', 'western-donetsk-cities', 'pokrovsk-roads']) {
      for (const feature of seedMap(name).geojson.features.filter((f: any) => f.properties.name)) {
        const names = [feature.properties.name, feature.properties['name:uk'], feature.properties['name:ru']];
        expect(names.every((n) => typeof n === 'string' && n.length > 0)).toBe(true);
      }
    }
  });

  it('falls back to `name` for a feature without the edition’s name, for a locale no feature has, and without a locale', () => {
    const map = {
      title: 'Fallback',
      geojson: {
        features: [
          { properties: { type: 'settlement', name: 'Pokrovsk', 'name:uk': 'Покровськ' }, geometry: { type: 'Point', coordinates: [37.18, 48.28] } },
          { properties: { type: 'settlement', name: 'Rodynske', 'name:uk': ' ' }, geometry: { type: 'Point', coordinates: [37.3, 48.35] } },
        ],
      },
    };
    expect(placeNames(renderMapSvg(map, { locale: 'uk' }))).toEqual(['Покровськ', 'Rodynske']);
    expect(placeNames(renderMapSvg(map, { locale: 'de' }))).toEqual(['Pokrovsk', 'Rodynske']);
    expect(placeNames(renderMapSvg(map))).toEqual(['Pokrovsk', 'Rodynske']);
  });

  it('an edition’s GeoJSON keeps its own names and leaves other languages’ out', () => {
    const map = seedMap('pokrovsk-roads');
    const english = JSON.stringify(editionGeojson(map.geojson, 'en'));
    expect(english).not.toMatch(/[\u0400-\u04FF]/);
    const ukrainian = editionGeojson(map.geojson, 'uk');
    const dnipro = ukrainian.features.find((f: any) => f.properties.name === 'Dnipro');
    expect(dnipro.properties).toEqual({ type: 'settlement', name: 'Dnipro', 'name:uk': 'Дніпро' });
    // The stored GeoJSON is not changed.
    expect(map.geojson.features.find((f: any) => f.properties.name === 'Dnipro').properties['name:ru']).toBe('Днепр');
  });
});
