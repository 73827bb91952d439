/**
 * Words for Strapi's own Content Manager screens, which name things by message ids of their own:
 * a field's label is `content-manager.content-types.<uid>.<field>` (a block's field
 * `content-manager.components.<component>.<field>`), a body block's type is its component uid, and
 * an enumeration's option (edit view and list filters) is its raw value ("developing",
 * "social-post"). English field labels come from the server (written into the view's configuration
 * at boot, so a newsroom's own "Configure the view" wording stays); the other languages get theirs here.
 */
import { PLUGIN_ID } from '../pluginId';

type Words = Record<string, string>;

/** Field labels by `<type>.<field>` (types and components alike), per admin language other than English. */
const FIELDS: Record<'uk' | 'ru', Words> = {
  uk: {
    'explainer.title': 'Заголовок',
    'explainer.slug': 'Частина адреси',
    'explainer.standfirst': 'Лід',
    'explainer.place': 'Місце',
    'explainer.topic': 'Тема',
    'explainer.situationStatus': 'Стан ситуації',
    'explainer.byline': 'Автори',
    'explainer.heroImage': 'Головне зображення',
    'explainer.body': 'Текст матеріалу',
    'explainer.claims': 'Відстежувані твердження',
    'explainer.internalNote': 'Внутрішня примітка',
    'map.title': 'Назва',
    'map.caption': 'Підпис',
    'map.sourceLine': 'Джерело',
    'map.asOf': 'Станом на',
    'map.geojson': 'GeoJSON',
    'map.textDescription': 'Текстовий опис',
    'map.frame': 'Межі карти',
    'map.internalNote': 'Внутрішня примітка',
    'claim.statement': 'Твердження',
    'claim.claimant': 'Хто стверджує',
    'claim.medium': 'Формат',
    'claim.sourceUrl': 'Посилання на джерело',
    'claim.madeAt': 'Дата твердження',
    'claim.claimStatus': 'Статус',
    'claim.lastVerifiedAt': 'Востаннє перевірено',
    'claim.contradicts': 'Суперечить',
    'claim.contradictedBy': 'Йому суперечать',
    'claim.supports': 'Підтверджує',
    'claim.supportedBy': 'Його підтверджують',
    'claim.updates': 'Оновлює',
    'claim.updatedByClaims': 'Його оновлюють',
    'claim.explainers': 'Матеріали',
    'claim.version': 'Версія',
    'claim.lastEditedBy': 'Востаннє редагував(-ла)',
    'claim.internalNote': 'Внутрішня примітка',
    'actor.name': 'Імʼя або назва',
    'actor.kind': 'Тип',
    'actor.side': 'Сторона',
    'actor.affiliation': 'Приналежність',
    'actor.description': 'Опис',
    'actor.url': 'Посилання',
    'actor.claims': 'Твердження',
    'credited-image.image': 'Зображення',
    'credited-image.caption': 'Підпис',
    'credited-image.credit': 'Джерело зображення',
    'credited-image.creator': 'Автор знімка',
    'credited-image.copyrightHolder': 'Власник авторських прав',
    'credited-image.sourceKind': 'Тип джерела',
    'credited-image.usageNote': 'Умови використання',
    'credited-image.altText': 'Альтернативний текст',
    'section-heading.question': 'Питання',
    'rich-text.content': 'Текст',
    'rich-text.summary': 'Заголовок блоку',
    'map-embed.map': 'Карта',
    'map-embed.caption': 'Підпис',
    'map-embed.summary': 'Заголовок блоку',
    'claim-embed.claim': 'Твердження',
    'claim-embed.summary': 'Заголовок блоку',
    'quote.text': 'Цитата',
    'quote.speaker': 'Хто говорить',
    'quote.attribution': 'Підпис до цитати',
    'quote.sourceUrl': 'Посилання на джерело',
    'quote.summary': 'Заголовок блоку',
  },
  ru: {
    'explainer.title': 'Заголовок',
    'explainer.slug': 'Часть адреса',
    'explainer.standfirst': 'Лид',
    'explainer.place': 'Место',
    'explainer.topic': 'Тема',
    'explainer.situationStatus': 'Состояние ситуации',
    'explainer.byline': 'Авторы',
    'explainer.heroImage': 'Главное изображение',
    'explainer.body': 'Текст материала',
    'explainer.claims': 'Отслеживаемые утверждения',
    'explainer.internalNote': 'Внутренняя заметка',
    'map.title': 'Название',
    'map.caption': 'Подпись',
    'map.sourceLine': 'Источник',
    'map.asOf': 'По состоянию на',
    'map.geojson': 'GeoJSON',
    'map.textDescription': 'Текстовое описание',
    'map.frame': 'Границы карты',
    'map.internalNote': 'Внутренняя заметка',
    'claim.statement': 'Утверждение',
    'claim.claimant': 'Кто утверждает',
    'claim.medium': 'Формат',
    'claim.sourceUrl': 'Ссылка на источник',
    'claim.madeAt': 'Дата утверждения',
    'claim.claimStatus': 'Статус',
    'claim.lastVerifiedAt': 'Последняя проверка',
    'claim.contradicts': 'Противоречит',
    'claim.contradictedBy': 'Ему противоречат',
    'claim.supports': 'Подтверждает',
    'claim.supportedBy': 'Его подтверждают',
    'claim.updates': 'Обновляет',
    'claim.updatedByClaims': 'Его обновляют',
    'claim.explainers': 'Материалы',
    'claim.version': 'Версия',
    'claim.lastEditedBy': 'Последним редактировал(а)',
    'claim.internalNote': 'Внутренняя заметка',
    'actor.name': 'Имя или название',
    'actor.kind': 'Тип',
    'actor.side': 'Сторона',
    'actor.affiliation': 'Принадлежность',
    'actor.description': 'Описание',
    'actor.url': 'Ссылка',
    'actor.claims': 'Утверждения',
    'credited-image.image': 'Изображение',
    'credited-image.caption': 'Подпись',
    'credited-image.credit': 'Источник изображения',
    'credited-image.creator': 'Автор снимка',
    'credited-image.copyrightHolder': 'Правообладатель',
    'credited-image.sourceKind': 'Тип источника',
    'credited-image.usageNote': 'Условия использования',
    'credited-image.altText': 'Альтернативный текст',
    'section-heading.question': 'Вопрос',
    'rich-text.content': 'Текст',
    'rich-text.summary': 'Заголовок блока',
    'map-embed.map': 'Карта',
    'map-embed.caption': 'Подпись',
    'map-embed.summary': 'Заголовок блока',
    'claim-embed.claim': 'Утверждение',
    'claim-embed.summary': 'Заголовок блока',
    'quote.text': 'Цитата',
    'quote.speaker': 'Кто говорит',
    'quote.attribution': 'Подпись к цитате',
    'quote.sourceUrl': 'Ссылка на источник',
    'quote.summary': 'Заголовок блока',
  },
};

/** Body block names (the component's display name), per admin language other than English. */
const BLOCKS: Record<'uk' | 'ru', Words> = {
  uk: {
    'section-heading': 'Питання розділу',
    'rich-text': 'Текст',
    'credited-image': 'Зображення',
    'map-embed': 'Карта',
    'claim-embed': 'Твердження',
    quote: 'Цитата',
  },
  ru: {
    'section-heading': 'Вопрос раздела',
    'rich-text': 'Текст',
    'credited-image': 'Изображение',
    'map-embed': 'Карта',
    'claim-embed': 'Утверждение',
    quote: 'Цитата',
  },
};

const COMPONENTS = new Set(Object.keys(BLOCKS.uk));

/** The plugin's own message for each enumeration value an editor picks in the Content Manager. */
export const ENUM_LABEL_KEYS: Record<string, string> = {
  developing: 'snapshot.situation.developing',
  settled: 'snapshot.situation.settled',
  ...Object.fromEntries(['ukraine', 'russia', 'international', 'independent'].map((side) => [side, `claims.side.${side}`])),
  ...Object.fromEntries(
    ['government', 'military', 'military-unit', 'ministry', 'osint-group', 'think-tank', 'analyst', 'media', 'official'].map((kind) => [kind, `claims.actor-kind.${kind}`])
  ),
  ...Object.fromEntries(['statement', 'video', 'social-post', 'interview', 'briefing', 'report', 'map', 'other'].map((medium) => [medium, `claims.medium.${medium}`])),
  ...Object.fromEntries(['unverified', 'disputed', 'denied', 'corroborated', 'confirmed', 'false', 'retracted'].map((status) => [status, `claim-status.${status}`])),
  ...Object.fromEntries(['agency', 'handout', 'social-media', 'staff'].map((kind) => [kind, `image.source-kind.${kind}`])),
};

const capitalized = (label: string, locale: string) => label.charAt(0).toLocaleUpperCase(locale) + label.slice(1);

const strapiId = (key: string) => {
  const [type, field] = key.split('.');
  return COMPONENTS.has(type) ? `content-manager.components.${PLUGIN_ID}.${type}.${field}` : `content-manager.content-types.plugin::${PLUGIN_ID}.${type}.${field}`;
};

/**
 * The Content Manager's words in one admin language, from the plugin's messages in it (`pluginData`,
 * unprefixed): enumeration options in every language; field labels and block names beside English.
 */
export const contentManagerWords = (locale: string, pluginData: Record<string, string>): Words => {
  const words: Words = {};
  // An option in a list starts with a capital, whatever the label's use inside a sentence.
  for (const [value, key] of Object.entries(ENUM_LABEL_KEYS)) if (pluginData[key]) words[value] = capitalized(pluginData[key], locale);
  if (locale === 'uk' || locale === 'ru') {
    for (const [key, label] of Object.entries(FIELDS[locale])) words[strapiId(key)] = label;
    for (const [component, name] of Object.entries(BLOCKS[locale])) words[`${PLUGIN_ID}.${component}`] = name;
  }
  return words;
};

/** Field keys (`<type>.<field>`) the other languages label, for the test that they cover every field. */
export const LABELLED_FIELDS = { uk: Object.keys(FIELDS.uk), ru: Object.keys(FIELDS.ru) };
