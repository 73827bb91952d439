/**
 * Every word the page prints that is not the newsroom's own text, per edition (locale). 'en' is
 * complete; an edition missing a key falls back to English, so 'uk' and 'ru' only need their
 * translations filled in. Dates use the edition's locale and time zone.
 */
const en = {
  lang: 'en',
  dateLocale: 'en-GB',
  timeZone: 'UTC',
  ui: {
    skipToContent: 'Skip to the article',
    by: 'By',
    published: 'Published',
    updated: 'Updated',
    whatHasChanged: 'What has changed',
    allChanges: 'All changes',
    changelog: 'Every change to this page',
    correction: 'Correction',
    clarification: 'Clarification',
    imageSource: 'Image source',
    textDescription: 'Text description of the map',
    asOf: 'As of',
    legend: 'Key',
    source: 'Source',
    claimBy: 'Claim by',
    unknownClaimant: 'Unknown source',
    situation: 'Situation',
  },
  situations: { developing: 'Developing story', settled: 'Settled' },
  statuses: {
    unverified: { label: 'Unverified', meaning: 'Not yet independently confirmed' },
    disputed: { label: 'Disputed', meaning: 'Other sources contradict this' },
    denied: { label: 'Denied', meaning: 'Those it concerns deny it' },
    corroborated: { label: 'Corroborated', meaning: 'Independent sources support this' },
    confirmed: { label: 'Confirmed', meaning: 'Our newsroom has verified this' },
    false: { label: 'False', meaning: 'The evidence shows this is not true' },
    retracted: { label: 'Retracted', meaning: 'Withdrawn by whoever made it' },
  },
  media: {
    statement: 'Statement',
    video: 'Video',
    'social-post': 'Social media post',
    interview: 'Interview',
    briefing: 'Briefing',
    report: 'Report',
    map: 'Map',
    other: 'Other',
  },
  actorKinds: {
    government: 'Government',
    military: 'Military command',
    'military-unit': 'Military unit',
    ministry: 'Ministry',
    'osint-group': 'Open-source investigators',
    'think-tank': 'Think tank',
    analyst: 'Analyst',
    media: 'News outlet',
    official: 'Official',
    other: 'Other',
  },
  sides: { ukraine: 'Ukrainian side', russia: 'Russian side', international: 'International', independent: 'Independent' },
  links: {
    contradictedBy: 'Contradicted by',
    supports: 'Supports',
    supportedBy: 'Supported by',
    updates: 'Updates',
    updatedBy: 'Updated by',
  },
};

/** Editions to come: add translations here; anything missing reads in English. */
const EDITIONS = {
  en,
  uk: { lang: 'uk', dateLocale: 'uk-UA', timeZone: 'Europe/Kyiv' },
  ru: { lang: 'ru', dateLocale: 'ru-RU', timeZone: 'Europe/Kyiv' },
};

const mergeOver = (base, edition) =>
  Object.fromEntries(
    Object.entries(base).map(([key, value]) => [
      key,
      value && typeof value === 'object' && edition?.[key] ? mergeOver(value, edition[key]) : (edition?.[key] ?? value),
    ])
  );

/** The labels for a snapshot's locale ('uk', 'en-GB', null…), English where the edition has none. */
const labelsFor = (locale) => {
  const code = String(locale ?? 'en').toLowerCase().split('-')[0];
  return mergeOver(en, EDITIONS[code] ?? en);
};

/** A label from one of the tables, or the raw value made readable (never `social-post`). */
const labelOf = (table, value) => table[value] ?? String(value ?? '').replace(/-/g, ' ');

const formatters = (labels) => {
  const base = { timeZone: labels.timeZone };
  const date = new Intl.DateTimeFormat(labels.dateLocale, { ...base, day: 'numeric', month: 'long', year: 'numeric' });
  const shortDate = new Intl.DateTimeFormat(labels.dateLocale, { ...base, day: 'numeric', month: 'short' });
  const dateTime = new Intl.DateTimeFormat(labels.dateLocale, { ...base, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'short' });
  const valid = (iso) => iso && !Number.isNaN(new Date(iso).getTime());
  return {
    date: (iso) => (valid(iso) ? date.format(new Date(iso)) : ''),
    shortDate: (iso) => (valid(iso) ? shortDate.format(new Date(iso)) : ''),
    dateTime: (iso) => (valid(iso) ? dateTime.format(new Date(iso)) : ''),
  };
};

module.exports = { labelsFor, labelOf, formatters, EDITIONS };
