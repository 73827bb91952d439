/**
 * Every word the page prints that is not the newsroom's own text, per edition (locale): 'en', 'uk'
 * and 'ru'. An edition missing a key falls back to English, and an unknown locale reads in English.
 * Dates use the edition's locale and time zone.
 */
const en = {
  lang: 'en',
  dateLocale: 'en-GB',
  timeZone: 'UTC',
  ui: {
    skipToContent: 'Skip to the article',
    previewBanner: 'Preview of the draft: not published. Claims and maps as they are now.',
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
    // A translation whose English source has moved on (the notice at the top of the edition).
    sourceUpdated: 'The English version has been updated since this translation:',
    readSource: 'Read it in English',
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

/** Ukrainian and Russian editions (to be read over by the desk's editors); a missing key reads in English. */
const uk = {
  lang: 'uk',
  dateLocale: 'uk-UA',
  timeZone: 'Europe/Kyiv',
  ui: {
    skipToContent: 'Перейти до статті',
    by: 'Автор:',
    published: 'Опубліковано',
    updated: 'Оновлено',
    whatHasChanged: 'Що змінилося',
    allChanges: 'Усі зміни',
    changelog: 'Усі зміни цієї сторінки',
    correction: 'Виправлення',
    clarification: 'Уточнення',
    imageSource: 'Джерело зображення',
    textDescription: 'Текстовий опис мапи',
    asOf: 'Станом на',
    legend: 'Умовні позначення',
    source: 'Джерело',
    claimBy: 'Заява:',
    unknownClaimant: 'Невідоме джерело',
    situation: 'Ситуація',
    sourceUpdated: 'Англійську версію оновлено після цього перекладу:',
    readSource: 'Читати англійською',
  },
  situations: { developing: 'Ситуація розвивається', settled: 'Ситуація усталилася' },
  statuses: {
    unverified: { label: 'Не перевірено', meaning: 'Ще не підтверджено незалежними джерелами' },
    disputed: { label: 'Спірно', meaning: 'Інші джерела це заперечують' },
    denied: { label: 'Заперечено', meaning: 'Ті, кого це стосується, це заперечують' },
    corroborated: { label: 'Підкріплено', meaning: 'Незалежні джерела це підтримують' },
    confirmed: { label: 'Підтверджено', meaning: 'Наша редакція це перевірила' },
    false: { label: 'Неправда', meaning: 'Докази свідчать, що це не так' },
    retracted: { label: 'Відкликано', meaning: 'Автор заяви її відкликав' },
  },
  media: { statement: 'Заява', video: 'Відео', 'social-post': 'Допис у соцмережах', interview: 'Інтерв’ю', briefing: 'Брифінг', report: 'Повідомлення', map: 'Мапа', other: 'Інше' },
  actorKinds: {
    government: 'Уряд',
    military: 'Військове командування',
    'military-unit': 'Військовий підрозділ',
    ministry: 'Міністерство',
    'osint-group': 'OSINT-аналітики',
    'think-tank': 'Аналітичний центр',
    analyst: 'Аналітик',
    media: 'ЗМІ',
    official: 'Посадовець',
    other: 'Інше',
  },
  sides: { ukraine: 'Українська сторона', russia: 'Російська сторона', international: 'Міжнародні', independent: 'Незалежні' },
  links: { contradictedBy: 'Суперечить', supports: 'Підтримує', supportedBy: 'Підтримано', updates: 'Оновлює', updatedBy: 'Оновлено' },
};

const ru = {
  lang: 'ru',
  dateLocale: 'ru-RU',
  timeZone: 'Europe/Kyiv',
  ui: {
    skipToContent: 'Перейти к статье',
    by: 'Автор:',
    published: 'Опубликовано',
    updated: 'Обновлено',
    whatHasChanged: 'Что изменилось',
    allChanges: 'Все изменения',
    changelog: 'Все изменения этой страницы',
    correction: 'Исправление',
    clarification: 'Уточнение',
    imageSource: 'Источник изображения',
    textDescription: 'Текстовое описание карты',
    asOf: 'По состоянию на',
    legend: 'Условные обозначения',
    source: 'Источник',
    claimBy: 'Заявление:',
    unknownClaimant: 'Неизвестный источник',
    situation: 'Ситуация',
    sourceUpdated: 'Английская версия обновлена после этого перевода:',
    readSource: 'Читать на английском',
  },
  situations: { developing: 'Ситуация развивается', settled: 'Ситуация стабилизировалась' },
  statuses: {
    unverified: { label: 'Не проверено', meaning: 'Пока не подтверждено независимыми источниками' },
    disputed: { label: 'Оспаривается', meaning: 'Другие источники это опровергают' },
    denied: { label: 'Опровергнуто', meaning: 'Те, кого это касается, это отрицают' },
    corroborated: { label: 'Подкреплено', meaning: 'Независимые источники это подтверждают' },
    confirmed: { label: 'Подтверждено', meaning: 'Наша редакция это проверила' },
    false: { label: 'Ложь', meaning: 'Факты показывают, что это не так' },
    retracted: { label: 'Отозвано', meaning: 'Автор заявления его отозвал' },
  },
  media: { statement: 'Заявление', video: 'Видео', 'social-post': 'Пост в соцсетях', interview: 'Интервью', briefing: 'Брифинг', report: 'Сообщение', map: 'Карта', other: 'Другое' },
  actorKinds: {
    government: 'Правительство',
    military: 'Военное командование',
    'military-unit': 'Воинская часть',
    ministry: 'Министерство',
    'osint-group': 'OSINT-аналитики',
    'think-tank': 'Аналитический центр',
    analyst: 'Аналитик',
    media: 'СМИ',
    official: 'Должностное лицо',
    other: 'Другое',
  },
  sides: { ukraine: 'Украинская сторона', russia: 'Российская сторона', international: 'Международные', independent: 'Независимые' },
  links: { contradictedBy: 'Противоречит', supports: 'Поддерживает', supportedBy: 'Поддержано', updates: 'Обновляет', updatedBy: 'Обновлено' },
};

const EDITIONS = { en, uk, ru };

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
