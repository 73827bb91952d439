import fs from 'node:fs';
import path from 'node:path';
import { pokrovskDocumentId, REVISION } from '../helpers/explainer';
import { PLAYGROUND_DIR } from '../helpers/database';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * The playground as `npm run develop` seeds it: the Pokrovsk piece in English, Ukrainian and
 * Russian (issue 12), each edition published once as the seed's editor, readers choosing with ?locale=.
 */
const PUBLIC = '/api/conflict-explainer/explainers';
const CYRILLIC = /[\u0400-\u04FF]/;
const seedFile = (name: string) => JSON.parse(fs.readFileSync(path.join(PLAYGROUND_DIR, 'seed', name), 'utf8'));
const ENGLISH = seedFile('pokrovsk.json');
const EDITIONS: Record<string, any> = { uk: seedFile('editions/uk.json'), ru: seedFile('editions/ru.json') };

let app: TestApp;
let documentId: string;

beforeAll(async () => {
  app = await startStrapi({ editions: true });
  documentId = await pokrovskDocumentId(app);
});
afterAll(async () => app?.stop());

const snapshotOf = async (locale?: string) => {
  const res = await app.http().get(`${PUBLIC}/pokrovsk${locale ? `?locale=${locale}` : ''}`);
  expect(res.status).toBe(200);
  return { text: res.text, body: JSON.parse(res.text) };
};
/** Every paragraph of the body's text blocks. */
const bodyText = (content: any): string[] =>
  content.sections.flatMap((section: any) =>
    section.blocks
      .filter((block: any) => block.type === 'text')
      .flatMap((block: any) => block.content.flatMap((paragraph: any) => paragraph.children.map((child: any) => child.text)))
  );
const revisionsOf = async () => {
  const rows = await app.strapi.db
    .query(REVISION as any)
    .findMany({ select: ['locale', 'number', 'basedOn', 'editorName'], where: { explainerDocumentId: documentId } });
  return rows.sort((a: any, b: any) => a.locale.localeCompare(b.locale) || a.number - b.number);
};

describe('the playground seeds the Pokrovsk piece in three editions', () => {
  it('creates the Ukrainian and Russian locales, and the editions route lists en, uk and ru each at revision 1, none behind', async () => {
    const locales = await app.strapi.plugin('i18n').service('locales').find();
    expect(locales.map((l: any) => `${l.code}:${l.name}`)).toEqual(expect.arrayContaining(['ru:Russian (ru)', 'uk:Ukrainian (uk)']));
    const res = await app.http().get(`${PUBLIC}/pokrovsk/editions`);
    expect(res.status).toBe(200);
    const byLocale = Object.fromEntries(res.body.data.map((edition: any) => [edition.locale, edition]));
    expect(Object.keys(byLocale).sort()).toEqual(['en', 'ru', 'uk']);
    expect(byLocale.en).toMatchObject({ revision: 1, basedOn: null, behind: 0 });
    for (const locale of ['uk', 'ru']) {
      expect(byLocale[locale]).toMatchObject({ revision: 1, basedOn: { locale: 'en', revision: 1 }, behind: 0 });
    }
    // Published once each, by the seed's named editor.
    const firstRevision = (locale: string) => ({
      locale,
      number: 1,
      basedOn: locale === 'en' ? null : { locale: 'en', revision: 1 },
      editorName: 'Playground Editor',
    });
    expect(await revisionsOf()).toEqual(['en', 'ru', 'uk'].map(firstRevision));
  });

  it.each([
    ['uk', 'Покровськ', 'Генеральний штаб ЗСУ', 'Міністерство оборони Росії'],
    ['ru', 'Покровск', 'Генеральный штаб ВСУ', 'Министерство обороны России'],
  ])('the %s edition reads in its language: title, body, claims, actors, images, maps drawn with its place names', async (
    locale,
    pokrovsk,
    generalStaff,
    ministry
  ) => {
    const { body } = await snapshotOf(locale);
    const english = (await snapshotOf()).body.content;
    const { content } = body;
    expect(body.locale).toBe(locale);
    expect(content.title).toBe(EDITIONS[locale].explainer.title);
    expect(content.slug).toBe('pokrovsk');
    expect(bodyText(content).join(' ')).toContain(pokrovsk);
    expect(bodyText(content).every((text: string) => CYRILLIC.test(text))).toBe(true);
    expect(content.sections.slice(1).every((section: any) => CYRILLIC.test(section.question))).toBe(true);
    // Every claim, actor and map of the English edition, translated, with the same claimant and links.
    expect(content.claims.map((claim: any) => claim.id)).toEqual(english.claims.map((claim: any) => claim.id));
    expect(content.claims.every((claim: any) => CYRILLIC.test(claim.statement))).toBe(true);
    const relations = (claims: any[]) => claims.map(({ claimantId, links }) => ({ claimantId, links }));
    expect(relations(content.claims)).toEqual(relations(english.claims));
    expect(content.actors.map((actor: any) => actor.name)).toEqual(expect.arrayContaining([generalStaff, ministry]));
    expect(content.actors.every((actor: any) => actor.description && CYRILLIC.test(actor.description))).toBe(true);
    expect(CYRILLIC.test(content.heroImage.altText) && CYRILLIC.test(content.heroImage.caption)).toBe(true);
    expect(content.maps).toHaveLength(3);
    for (const map of content.maps) {
      expect([map.title, map.caption, map.sourceLine, map.textDescription].every((text) => CYRILLIC.test(text))).toBe(true);
      // The shared GeoJSON, with this edition's names only.
      expect(JSON.stringify(map.geojson)).toContain(`"name:${locale}"`);
      expect(JSON.stringify(map.geojson)).not.toContain(`"name:${locale === 'uk' ? 'ru' : 'uk'}"`);
    }
    const svgs = content.maps.map((map: any) => map.svg).join('');
    expect(svgs).toContain('>Мирноград</text>');
    expect(svgs).toContain(`>${pokrovsk}</text>`);
    expect(svgs).not.toContain('>Myrnohrad</text>');
  });

  it('leaves the English edition as it was: its seed text, not a Cyrillic letter anywhere in its snapshot', async () => {
    const { text, body } = await snapshotOf();
    expect(body.locale).toBe('en');
    expect(body.content.title).toBe(ENGLISH.explainer.title);
    expect(body.content.maps.map((map: any) => map.svg).join('')).toContain('>Myrnohrad</text>');
    expect(text).not.toMatch(CYRILLIC);
  });

  it('re-seeding changes nothing and creates no revision', async () => {
    const rows = async () => {
      const all = [];
      for (const uid of ['explainer', 'claim', 'actor', 'map']) {
        const found = await app.strapi.db.query(`plugin::conflict-explainer.${uid}` as any).findMany({ select: ['documentId', 'locale', 'updatedAt'] });
        all.push(...found);
      }
      return all.map((row: any) => `${row.documentId}/${row.locale}/${new Date(row.updatedAt).toISOString()}`).sort();
    };
    const before = { rows: await rows(), revisions: await revisionsOf(), locales: await app.strapi.plugin('i18n').service('locales').count() };
    const { seedPokrovsk } = require('../../playground/dist/src/seed');
    const result = await seedPokrovsk(app.strapi);
    expect(result).toMatchObject({ created: false, editionsCreated: [] });
    const after = { rows: await rows(), revisions: await revisionsOf(), locales: await app.strapi.plugin('i18n').service('locales').count() };
    expect(after).toEqual(before);
  });
});
