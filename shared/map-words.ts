/**
 * The words a rendered map carries (legend, feature titles, the screen-reader summary) in each
 * edition's language. An edition without its own words reads in English.
 */
export type MapWords = {
  /** Legend entry and feature title per feature type. */
  legend: Record<string, string>;
  /** One sentence for screen readers from what is drawn and the settlements marked. */
  summary: (drawn: string[], places: string[]) => string;
};

const listIn = (items: string[], and: string) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`);

const EN_AREAS: Record<string, string> = { 'control-russian': 'Russian-held', 'control-ukrainian': 'Ukrainian-held', 'control-contested': 'contested' };
const EN_LINES: Record<string, string> = { 'front-line': 'the front line', road: 'roads', rail: 'railways', river: 'rivers', border: 'borders' };

const english: MapWords = {
  legend: {
    'control-russian': 'Russian-held',
    'control-ukrainian': 'Ukrainian-held',
    'control-contested': 'Contested',
    'front-line': 'Front line',
    road: 'Road',
    rail: 'Railway',
    river: 'River',
    border: 'Border',
    settlement: 'Settlement',
    label: 'Label',
  },
  summary: (drawn, places) => {
    const areas = drawn.filter((type) => EN_AREAS[type]).map((type) => EN_AREAS[type]);
    const shown = [...(areas.length ? [`${listIn(areas, 'and')} areas`] : []), ...drawn.filter((type) => EN_LINES[type]).map((type) => EN_LINES[type])];
    return `${shown.length ? `Shows ${listIn(shown, 'and')}` : 'A map'}${places.length ? `, with ${listIn(places, 'and')} marked` : ''}.`;
  },
};

/** Only the first letter: the rest may be a proper name (Росії, России). */
const lowerFirst = (text: string) => text.charAt(0).toLocaleLowerCase() + text.slice(1);

/** Ukrainian and Russian: the legend's own words, listed after "На карті:" / "На карте:". */
const listed = (legend: Record<string, string>, intro: string, marked: string, and: string): MapWords => ({
  legend,
  summary: (drawn, places) => {
    const shown = drawn.filter((type) => type !== 'settlement' && legend[type]).map((type) => lowerFirst(legend[type]));
    const what = shown.length ? `${intro} ${shown.join(', ')}` : '';
    const where = places.length ? `${marked} ${listIn(places, and)}` : '';
    return `${[what, where].filter(Boolean).join('; ') || intro.replace(/:$/, '')}.`;
  },
});

const ukrainian = listed(
  {
    'control-russian': 'Під контролем Росії',
    'control-ukrainian': 'Під контролем України',
    'control-contested': 'Спірна зона',
    'front-line': 'Лінія фронту',
    road: 'Дороги',
    rail: 'Залізниці',
    river: 'Річки',
    border: 'Кордони',
    settlement: 'Населені пункти',
    label: 'Підписи',
  },
  'На карті:',
  'позначено',
  'і'
);

const russian = listed(
  {
    'control-russian': 'Под контролем России',
    'control-ukrainian': 'Под контролем Украины',
    'control-contested': 'Спорная зона',
    'front-line': 'Линия фронта',
    road: 'Дороги',
    rail: 'Железные дороги',
    river: 'Реки',
    border: 'Границы',
    settlement: 'Населённые пункты',
    label: 'Подписи',
  },
  'На карте:',
  'отмечены',
  'и'
);

const WORDS: Record<string, MapWords> = { en: english, uk: ukrainian, ru: russian };

/** The words for an edition ('uk', 'ru-RU', null…); English where it has none. */
export const mapWords = (locale?: string | null): MapWords => WORDS[String(locale ?? 'en').toLowerCase().split('-')[0]] ?? english;
