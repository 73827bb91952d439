import fs from 'node:fs';
import path from 'node:path';
import { labelWidth, legendOf, MAP_STYLES, renderMapSvg } from '../map-svg';

const seedMap = (name: string) => ({
  title: name,
  geojson: JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../playground/seed/maps', `${name}.geojson`), 'utf8')),
});

describe('renderMapSvg on the seeded maps', () => {
  for (const name of ['pokrovsk-close-up', 'western-donetsk-cities', 'pokrovsk-roads']) {
    it(`${name}: every feature drawn in its type's style, within the canvas, with a legend`, () => {
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
      const numbers = [...svg.matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
      expect(numbers.length).toBeGreaterThan(10);
      for (const [x, y] of numbers) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(640);
        expect(y).toBeGreaterThanOrEqual(0);
        expect(y).toBeLessThanOrEqual(420);
      }
      const legend = legendOf(map).map((entry) => entry.type);
      expect(new Set(legend)).toEqual(new Set(map.geojson.features.map((f: any) => f.properties.type).filter((t: string) => t !== 'label')));
    });
  }

  it('settlement names cover neither one another nor another town’s dot, even for towns a few kilometres apart at a regional scale', () => {
    for (const name of ['pokrovsk-close-up', 'western-donetsk-cities', 'pokrovsk-roads']) {
      const svg = renderMapSvg(seedMap(name));
      const boxes = [...svg.matchAll(/<text x="([\d.-]+)" y="([\d.-]+)" text-anchor="(start|end)" font-size="12"[^>]*>([^<]*)<\/text>/g)].map((m) => {
        const [x, y, w] = [Number(m[1]), Number(m[2]), labelWidth(m[4])];
        const left = m[3] === 'start' ? x : x - w;
        return { name: m[4], left, right: left + w, top: y - 12, bottom: y + 3 };
      });
      const dots = [...svg.matchAll(/<circle cx="([\d.-]+)" cy="([\d.-]+)"/g)].map((m) => ({ name: `dot at ${m[1]},${m[2]}`, left: Number(m[1]) - 4, right: Number(m[1]) + 4, top: Number(m[2]) - 4, bottom: Number(m[2]) + 4 }));
      expect(boxes.length).toBeGreaterThan(1);
      for (const label of boxes) {
        for (const dot of dots) {
          const overlap = label.left < dot.right && dot.left < label.right && label.top < dot.bottom && dot.top < label.bottom;
          expect({ map: name, labels: [label.name, dot.name], overlap }).toEqual({ map: name, labels: [label.name, dot.name], overlap: false });
        }
      }
      for (const [i, a] of boxes.entries()) {
        for (const b of boxes.slice(i + 1)) {
          const overlap = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect({ map: name, labels: [a.name, b.name], overlap }).toEqual({ map: name, labels: [a.name, b.name], overlap: false });
        }
      }
    }
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
});
