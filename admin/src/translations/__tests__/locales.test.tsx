import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { screen, within } from '@testing-library/react';
import IntlMessageFormat from 'intl-messageformat';
import plugin from '../../index';
import { RevisionStatusView } from '../../components/revisions/RevisionStatusView';
import { statusWithPendingChanges } from '../../components/revisions/__tests__/fixtures';
import { renderWithProviders } from '../../components/common/__tests__/render';
import en from '../en.json';
import ru from '../ru.json';
import uk from '../uk.json';

// The plugin's entry (for registerTrads) pulls in Strapi's admin, which jest cannot load; none of it is used here.
jest.mock('@strapi/strapi/admin', () => ({}));
jest.mock('../../api/revisions', () => ({
  ...jest.requireActual('../../api/errors'),
  useRevisionsApi: () => ({}),
  useErrorMessage: () => (error: Error) => error.message,
}));

const english = en as Record<string, string>;
const translations: Record<string, Record<string, string>> = { uk, ru };

// Values that read the same in every language: placeholders and punctuation only.
const SAME_EVERYWHERE = new Set(['#', '{from} → {to}', '{actor}: {action}', '{path}: {message}', '{who} · {date}', '{name} ({side}, {kind})']);

// Latin-script words of 4+ letters a uk/ru value may keep: standards, formats, protocol words, field names.
const LATIN_ALLOWED = new Set([
  ...['Standard', 'Webhooks', 'whsec', 'base64', 'webhook-id', 'POST', 'http', 'text'],
  ...['JSON', 'GeoJSON', 'FeatureCollection', 'geojson', 'properties.type', 'IPTC', 'EXIF', 'OSINT'],
]);

const ast = (message: string, locale: string) => new IntlMessageFormat(message, locale).getAst();

type Shape = { args: Set<string>; selects: Map<string, string[]>; plurals: Map<string, string[]>; text: string[] };

/** Argument names (tags as `<tag>`), select and plural options, and the literal text of a message. */
const shapeOf = (elements: MessageFormatElement[], shape: Shape = { args: new Set(), selects: new Map(), plurals: new Map(), text: [] }): Shape => {
  for (const element of elements) {
    if (element.type === TYPE.literal) shape.text.push(element.value);
    else if (element.type === TYPE.tag) {
      shape.args.add(`<${element.value}>`);
      shapeOf(element.children, shape);
    } else if (element.type === TYPE.select || element.type === TYPE.plural) {
      shape.args.add(element.value);
      (element.type === TYPE.select ? shape.selects : shape.plurals).set(element.value, Object.keys(element.options).sort());
      for (const option of Object.values(element.options)) shapeOf(option.value, shape);
    } else if (element.type !== TYPE.pound) shape.args.add(element.value);
  }
  return shape;
};

/** Sample values: numbers for plurals, a known option for selects, a function for rich-text tags. */
const sampleValues = (shape: Shape) =>
  Object.fromEntries(
    [...shape.args].map((name) =>
      name.startsWith('<')
        ? [name.slice(1, -1), (chunks: string[]) => chunks.join('')]
        : shape.plurals.has(name)
          ? [name, 3]
          : [name, shape.selects.get(name)?.[0] ?? `[${name}]`]
    )
  );

describe.each(['uk', 'ru'])('%s.json', (locale) => {
  const messages = translations[locale];

  test('has exactly the keys of en.json', () => {
    expect(Object.keys(messages).sort()).toEqual(Object.keys(english).sort());
  });

  test('every value parses and formats as ICU, with the same arguments, tags and select options as English', () => {
    const mismatched: string[] = [];
    for (const [key, source] of Object.entries(english)) {
      const original = shapeOf(ast(source, 'en'));
      const translated = shapeOf(ast(messages[key], locale));
      if ([...original.args].sort().join() !== [...translated.args].sort().join()) mismatched.push(`${key}: arguments`);
      for (const [name, options] of original.selects) {
        if (translated.selects.get(name)?.join() !== options.join()) mismatched.push(`${key}: select ${name}`);
      }
      expect(() => new IntlMessageFormat(messages[key], locale).format(sampleValues(translated))).not.toThrow();
    }
    expect(mismatched).toEqual([]);
  });

  test('every plural has the one, few, many and other forms the language needs', () => {
    expect(new Intl.PluralRules(locale).resolvedOptions().pluralCategories.sort()).toEqual(['few', 'many', 'one', 'other']);
    const incomplete = Object.entries(messages).flatMap(([key, value]) =>
      [...shapeOf(ast(value, locale)).plurals]
        .filter(([, options]) => !['one', 'few', 'many', 'other'].every((category) => options.includes(category)))
        .map(([name]) => `${key}: ${name}`)
    );
    expect(incomplete).toEqual([]);
    // English plurals are in the translation too (a plural argument may not become a plain number).
    const lost = Object.keys(english).filter((key) => {
      const translated = shapeOf(ast(messages[key], locale)).plurals;
      return [...shapeOf(ast(english[key], 'en')).plurals.keys()].some((name) => !translated.has(name));
    });
    expect(lost).toEqual([]);
  });

  test('no value is left in English', () => {
    const untranslated = Object.keys(english).filter((key) => messages[key] === english[key] && !SAME_EVERYWHERE.has(english[key]));
    expect(untranslated).toEqual([]);
    const latin = Object.entries(messages).flatMap(([key, value]) =>
      shapeOf(ast(value, locale))
        .text.join(' ')
        .split(/[\s()«»"“”:;,/]+/)
        .map((token) => token.replace(/^[._-]+|[._-]+$/g, '').replace(/-[\p{Script=Cyrillic}]+$/u, ''))
        .filter((token) => /\p{Script=Latin}{4,}/u.test(token) && !LATIN_ALLOWED.has(token))
        .map((token) => `${key}: ${token}`)
    );
    expect(latin).toEqual([]);
  });

  test('has the Cyrillic script of the language', () => {
    const letters = Object.values(messages).join('');
    // і/ї/є are Ukrainian only, ы/э Russian only: a file in the other language would fail here.
    if (locale === 'uk') expect(letters).not.toMatch(/[ыэъ]/);
    else expect(letters).not.toMatch(/[іїє]/);
  });
});

test('registerTrads gives every locale its messages under the plugin prefix', async () => {
  const loaded = await plugin.registerTrads({ locales: ['en', 'uk', 'ru'] });
  for (const { locale, data } of loaded) {
    const source = locale === 'en' ? english : translations[locale];
    expect(Object.keys(english).filter((key) => data[`conflict-explainer.${key}`] === undefined)).toEqual([]);
    expect(data['conflict-explainer.panel.title']).toBe(source['panel.title']);
  }
});

describe('the edit view panel in another admin language', () => {
  const behind = { sourceLocale: 'en', sourceLatest: 14, basedOn: { locale: 'en', revision: 12 }, behind: 2 };
  const renderIn = async (locale: string) => {
    const [{ data }] = await plugin.registerTrads({ locales: [locale] });
    return renderWithProviders(
      <RevisionStatusView
        status={{ ...statusWithPendingChanges(), locale, drift: behind }}
        canPublish
        revisionsLink="/plugins/conflict-explainer/revisions/doc-pokrovsk"
        driftLink="/plugins/conflict-explainer/translation/doc-pokrovsk"
      />,
      { intl: { locale, messages: data as Record<string, string> } }
    );
  };

  test('Ukrainian: the language name and the plural come out in Ukrainian', async () => {
    await renderIn('uk');
    const notice = within(screen.getByTestId('translation-drift'));
    expect(notice.getByText('Англійська версія попереду на 2 ревізії')).toBeInTheDocument();
    expect(notice.getByRole('link', { name: /Англійська версія: що змінилося/ })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Усі ревізії/ })).toBeInTheDocument();
  });

  test('Russian: the language name and the plural come out in Russian', async () => {
    await renderIn('ru');
    const notice = within(screen.getByTestId('translation-drift'));
    expect(notice.getByText('Отстаёт от оригинала (Английский) на 2 редакции')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Все редакции/ })).toBeInTheDocument();
  });
});
