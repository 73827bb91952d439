/**
 * The one map renderer: GeoJSON situation map → static SVG with a legend. Used for the snapshot's
 * no-JavaScript fallback (and so by the reference site) and by the admin's map preview. No tiles:
 * an equirectangular projection scaled by cos(latitude), which is accurate enough at city scale.
 */
import { mapWords } from './map-words';

export type MapStyle = { label: string; fill?: string; stroke?: string; width?: number; dash?: string };

export const MAP_STYLES: Record<string, MapStyle> = {
  'control-russian': { label: 'Russian-held', fill: '#e8a0a0', stroke: '#b84c4c' },
  'control-ukrainian': { label: 'Ukrainian-held', fill: '#a9c7ea', stroke: '#3f74b5' },
  'control-contested': { label: 'Contested', fill: '#f3d9a4', stroke: '#c99a3c', dash: '4 3' },
  'front-line': { label: 'Front line', stroke: '#8b1a1a', width: 2.5 },
  road: { label: 'Road', stroke: '#555555', width: 1.6 },
  rail: { label: 'Railway', stroke: '#222222', width: 1.2, dash: '6 3' },
  river: { label: 'River', stroke: '#4a90c2', width: 1.4 },
  border: { label: 'Border', stroke: '#777777', width: 1, dash: '2 3' },
  settlement: { label: 'Settlement', fill: '#222222' },
  label: { label: 'Label' },
};

const DRAW_ORDER = ['control-russian', 'control-ukrainian', 'control-contested', 'river', 'border', 'road', 'rail', 'front-line', 'settlement', 'label'];

type Position = number[];
type Feature = { properties: { type: string; name?: string } & Record<string, unknown>; geometry: { type: string; coordinates: unknown } };
export type RenderableMap = { title: string; frame?: [number, number, number, number] | null; geojson: { features: Feature[] } };
export type LegendEntry = { type: string; label: string; fill: string | null; stroke: string | null; dash: string | null };

const escapeXml = (value: unknown) =>
  String(value ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const positionsOf = (coordinates: unknown, out: Position[] = []): Position[] => {
  if (Array.isArray(coordinates) && typeof coordinates[0] === 'number') out.push(coordinates as Position);
  else if (Array.isArray(coordinates)) coordinates.forEach((c) => positionsOf(c, out));
  return out;
};

/** The map's extent: its frame when set, else the features' bounding box. */
export const extentOf = (map: RenderableMap): [number, number, number, number] => {
  if (map.frame) return map.frame;
  const all = map.geojson.features.flatMap((f) => positionsOf(f.geometry.coordinates));
  return [
    Math.min(...all.map((p) => p[0])),
    Math.min(...all.map((p) => p[1])),
    Math.max(...all.map((p) => p[0])),
    Math.max(...all.map((p) => p[1])),
  ];
};

/** The legend: one entry per feature type drawn, in the edition's words (English without a locale). */
export const legendOf = (map: RenderableMap, locale?: string | null): LegendEntry[] =>
  DRAW_ORDER.filter((type) => type !== 'label' && map.geojson.features.some((f) => f.properties.type === type)).map((type) => {
    const style = MAP_STYLES[type];
    return { type, label: mapWords(locale).legend[type] ?? style.label, fill: style.fill ?? null, stroke: style.stroke ?? null, dash: style.dash ?? null };
  });

/** Settlement names as drawn; a page may enlarge them on phones up to PHONE_FONT_SIZE (see below). */
export const SETTLEMENT_FONT_SIZE = 13;
/**
 * The size (in map units) a phone-width page draws names at, so that they are drawn at about 13 px
 * when the 640-unit map is squeezed into a 360 px screen. Names are placed for this size, so
 * they do not collide at either size.
 */
export const PHONE_FONT_SIZE = 26;
/** A generous estimate of a label's width in sans-serif (no font metrics without a browser). */
export const labelWidth = (text: string, fontSize = SETTLEMENT_FONT_SIZE) => text.length * fontSize * 0.62;

type Box = { left: number; top: number; right: number; bottom: number };
const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Places settlement names beside their dots: above right, unless that covers a dot or a name
 * already placed (towns a few kilometres apart at a regional scale) or leaves the map; then below
 * right, above left, below left. The first free spot wins; if none is free, the default.
 */
const labelPlacer = (width: number, height: number, dots: Array<[number, number]>) => {
  const placed: Box[] = dots.map(([x, y]) => ({ left: x - 5, right: x + 5, top: y - 5, bottom: y + 5 }));
  return (x: number, y: number, text: string) => {
    const w = labelWidth(text, PHONE_FONT_SIZE);
    const h = PHONE_FONT_SIZE;
    const candidates = [
      { x: x + 6, y: y - 6, anchor: 'start' as const, below: false },
      { x: x + 6, y: y + 6, anchor: 'start' as const, below: true },
      { x: x - 6, y: y - 6, anchor: 'end' as const, below: false },
      { x: x - 6, y: y + 6, anchor: 'end' as const, below: true },
    ];
    const boxOf = (c: (typeof candidates)[number]): Box => {
      const left = c.anchor === 'start' ? c.x : c.x - w;
      // Names below a dot hang from their top edge, so they clear the dot at any font size.
      return c.below ? { left, right: left + w, top: c.y, bottom: c.y + h + 3 } : { left, right: left + w, top: c.y - h, bottom: c.y + 3 };
    };
    const inside = (b: Box) => b.left >= 0 && b.right <= width && b.top >= 0 && b.bottom <= height;
    const chosen = candidates.find((c) => inside(boxOf(c)) && !placed.some((p) => overlaps(p, boxOf(c)))) ?? candidates[0];
    placed.push(boxOf(chosen));
    return { x: Number(chosen.x.toFixed(1)), y: Number(chosen.y.toFixed(1)), anchor: chosen.anchor, below: chosen.below };
  };
};

/** A one-sentence summary for screen readers, in the edition's words; the full text description sits beside the map. */
export const describeMap = (map: RenderableMap, locale?: string | null) => {
  const drawn = legendOf(map).map((entry) => entry.type);
  const places = map.geojson.features
    .filter((f) => f.properties.type === 'settlement')
    .map((f) => featureName(f.properties, locale))
    .filter((name): name is string => !!name);
  return mapWords(locale).summary(drawn, places);
};

/**
 * A feature's name in an edition: OpenStreetMap's `name:<locale>` (`name:uk`, `name:ru`) when set,
 * else `name`. The GeoJSON is shared by every edition of a map; only the names differ.
 */
export const featureName = (properties: Feature['properties'], locale?: string | null): string | undefined => {
  const localized = locale ? properties[`name:${locale}`] : undefined;
  return typeof localized === 'string' && localized.trim() ? localized : properties.name;
};

/** The GeoJSON as an edition publishes it: the edition's own `name:<locale>` kept, other languages' names left out. */
export const editionGeojson = <T extends { features: Feature[] }>(geojson: T, locale?: string | null): T => ({
  ...geojson,
  features: geojson.features.map((feature) => ({
    ...feature,
    properties: Object.fromEntries(
      Object.entries(feature.properties).filter(([key]) => !key.startsWith('name:') || key === `name:${locale}`)
    ) as Feature['properties'],
  })),
});

type SvgOptions = {
  width?: number;
  height?: number;
  extent?: [number, number, number, number];
  id?: string;
  /** The edition drawn: settlement and feature names from `name:<locale>`, falling back to `name`. */
  locale?: string | null;
};

export const renderMapSvg = (map: RenderableMap, { width = 640, height = 420, extent, id = 'map', locale }: SvgOptions = {}) => {
  let [west, south, east, north] = extent ?? extentOf(map);
  const padX = (east - west) * 0.06 || 0.01;
  const padY = (north - south) * 0.06 || 0.01;
  west -= padX;
  east += padX;
  south -= padY;
  north += padY;
  const k = Math.cos((((north + south) / 2) * Math.PI) / 180);
  const scale = Math.min(width / ((east - west) * k), height / (north - south));
  const offX = (width - (east - west) * k * scale) / 2;
  const offY = (height - (north - south) * scale) / 2;
  const xy = ([lon, lat]: Position) => `${(offX + (lon - west) * k * scale).toFixed(1)},${(offY + (north - lat) * scale).toFixed(1)}`;
  const ring = (r: Position[]) => `M${r.map(xy).join('L')}Z`;
  const line = (l: Position[]) => `M${l.map(xy).join('L')}`;
  const features = [...map.geojson.features].sort((a, b) => DRAW_ORDER.indexOf(a.properties.type) - DRAW_ORDER.indexOf(b.properties.type));
  const pointsOf = (geometry: { type: string; coordinates: any }): Position[] =>
    geometry.type === 'Point' ? [geometry.coordinates] : geometry.type === 'MultiPoint' ? geometry.coordinates : [];
  const toXY = (p: Position) => xy(p).split(',').map(Number) as [number, number];
  const dots = features.filter((f) => f.properties.type !== 'label').flatMap((f) => pointsOf(f.geometry as any).map(toXY));
  const placeLabel = labelPlacer(width, height, dots);
  const shapes = features.map((feature) => {
    const style = MAP_STYLES[feature.properties.type] ?? { label: feature.properties.type };
    const { type, coordinates } = feature.geometry as { type: string; coordinates: any };
    const featureTitle = featureName(feature.properties, locale);
    const title = `<title>${escapeXml(featureTitle ?? mapWords(locale).legend[feature.properties.type] ?? style.label)}</title>`;
    const dash = style.dash ? ` stroke-dasharray="${style.dash}"` : '';
    if (type === 'Polygon' || type === 'MultiPolygon') {
      const polygons: Position[][][] = type === 'Polygon' ? [coordinates] : coordinates;
      return `<path d="${polygons.map((p) => p.map(ring).join('')).join('')}" fill="${style.fill}" fill-opacity="0.7" stroke="${style.stroke}"${dash} fill-rule="evenodd" data-type="${escapeXml(feature.properties.type)}">${title}</path>`;
    }
    if (type === 'LineString' || type === 'MultiLineString') {
      const lines: Position[][] = type === 'LineString' ? [coordinates] : coordinates;
      return `<path d="${lines.map(line).join('')}" fill="none" stroke="${style.stroke}" stroke-width="${style.width}"${dash} stroke-linejoin="round" data-type="${escapeXml(feature.properties.type)}">${title}</path>`;
    }
    const points: Position[] = type === 'Point' ? [coordinates] : coordinates;
    return points
      .map((point) => {
        const [x, y] = toXY(point);
        const name = escapeXml(featureTitle ?? '');
        if (feature.properties.type === 'label') {
          return `<text x="${x}" y="${y}" font-size="${SETTLEMENT_FONT_SIZE}" font-style="italic" fill="#444" text-anchor="middle" data-type="label">${name}</text>`;
        }
        const label = placeLabel(x, y, featureTitle ?? '');
        return `<g data-type="${escapeXml(feature.properties.type)}"><circle cx="${x}" cy="${y}" r="4" fill="#222"/><text class="place" x="${label.x}" y="${label.y}" text-anchor="${label.anchor}"${label.below ? ' dominant-baseline="hanging"' : ''} font-size="${SETTLEMENT_FONT_SIZE}" fill="#111" stroke="#fff" stroke-width="3" paint-order="stroke">${name}</text></g>`;
      })
      .join('');
  });
  const safeId = escapeXml(id.replace(/[^A-Za-z0-9_-]/g, '-'));
  const heading = `<title>${escapeXml(map.title)}</title><desc id="${safeId}-desc">${escapeXml(describeMap(map, locale))}</desc>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeXml(map.title)}" aria-describedby="${safeId}-desc" font-family="sans-serif">${heading}<rect width="${width}" height="${height}" fill="#f4f1ea"/>${shapes.join('')}</svg>`;
};
