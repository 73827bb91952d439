import plugin from '../../index';
import { COMPONENTS, CONTENT_TYPES } from '../../../../server/src/content-manager-labels';
import { ENUM_LABEL_KEYS, LABELLED_FIELDS } from '../content-manager';
import en from '../en.json';

// The plugin's entry (for registerTrads) pulls in Strapi's admin, which jest cannot load; none of it is used here.
jest.mock('@strapi/strapi/admin', () => ({}));

const wordsIn = async (locale: string) => (await plugin.registerTrads({ locales: [locale] }))[0].data as Record<string, string>;
const shortName = (uid: string) => uid.replace(/^plugin::conflict-explainer\./, '').replace(/^conflict-explainer\./, '');

/** Every field the server labels in English, as `<type>.<field>`. */
const serverFields = [...Object.entries(CONTENT_TYPES), ...Object.entries(COMPONENTS)].flatMap(([uid, fields]) =>
  Object.keys(fields).map((field) => `${shortName(uid)}.${field}`)
);

describe("Strapi's Content Manager in the admin's language", () => {
  test.each(['uk', 'ru'] as const)('%s labels every field the server labels in English, in Cyrillic', async (locale) => {
    expect([...LABELLED_FIELDS[locale]].sort()).toEqual([...serverFields].sort());
    const words = await wordsIn(locale);
    expect(words['content-manager.content-types.plugin::conflict-explainer.explainer.situationStatus']).toMatch(/^[А-ЯІЇЄҐ]/);
    expect(words['content-manager.components.conflict-explainer.credited-image.altText']).toMatch(/^[А-ЯІЇЄҐ]/);
    for (const key of LABELLED_FIELDS[locale].filter((key) => !key.endsWith('.geojson'))) {
      const id = Object.keys(words).find((candidate) => candidate.endsWith(`.${key}`) && candidate.startsWith('content-manager.'));
      expect([key, id && /[а-яіїєґё]/i.test(words[id])]).toEqual([key, true]);
    }
  });

  test('block names follow the admin language; English keeps the schema’s names and the view’s own labels', async () => {
    expect((await wordsIn('uk'))['conflict-explainer.section-heading']).toBe('Питання розділу');
    expect((await wordsIn('ru'))['conflict-explainer.claim-embed']).toBe('Утверждение');
    const english = await wordsIn('en');
    expect(english['conflict-explainer.section-heading']).toBeUndefined();
    expect(Object.keys(english).some((id) => id.startsWith('content-manager.'))).toBe(false);
  });

  test('every enumeration option an editor picks reads as words in every language, not as its stored value', async () => {
    for (const locale of ['en', 'uk', 'ru']) {
      const words = await wordsIn(locale);
      for (const [value, key] of Object.entries(ENUM_LABEL_KEYS)) {
        expect([locale, value, words[value].toLocaleLowerCase(locale)]).toEqual([locale, value, words[`conflict-explainer.${key}`].toLocaleLowerCase(locale)]);
        expect(words[value]).not.toBe(value);
      }
    }
    expect((await wordsIn('en'))['social-post']).toBe(en['claims.medium.social-post']);
    expect((await wordsIn('en'))['developing']).toBe('Developing');
    expect((await wordsIn('uk'))['osint-group']).toMatch(/OSINT/);
  });
});
