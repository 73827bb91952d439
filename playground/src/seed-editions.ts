/**
 * The Ukrainian and Russian editions of the seeded piece (seed/editions/<locale>.json): the
 * translated fields of every actor, map, claim and image, and the explainer's body block by block,
 * keyed like seed/pokrovsk.json. Each edition is created only when absent and published once
 * (its revision 1, based on the English revision it translates), so a second run changes nothing.
 */
import fs from 'fs';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { explainerData, type ExplainerSeed, type SeedBlock, type SeedImage, type SeededIds } from './seed-explainer';

type Translated<Fields extends string> = Record<string, Partial<Record<Fields, string>>>;
export type EditionSeed = {
  locale: string;
  /** The locale's name in Settings → Internationalization. */
  name: string;
  actors: Translated<'name' | 'affiliation' | 'description'>;
  images: Translated<'caption' | 'credit' | 'altText'>;
  maps: Translated<'title' | 'caption' | 'sourceLine' | 'textDescription'>;
  claims: Record<string, string>;
  explainer: Partial<Record<'title' | 'standfirst' | 'place' | 'topic' | 'byline', string>> & { body: Partial<SeedBlock>[] };
};

const UID = {
  explainer: 'plugin::conflict-explainer.explainer',
  claim: 'plugin::conflict-explainer.claim',
  actor: 'plugin::conflict-explainer.actor',
  map: 'plugin::conflict-explainer.map',
} as const;

/** The editions the playground carries, in the order they are seeded. */
const EDITION_LOCALES = ['uk', 'ru'];

export const loadEditions = (seedDir: string): EditionSeed[] =>
  EDITION_LOCALES.map((locale) => JSON.parse(fs.readFileSync(path.join(seedDir, 'editions', `${locale}.json`), 'utf8')));

/** Every record and body block of the English seed needs its translation: a gap would publish English text in the edition. */
const assertComplete = (seed: ExplainerSeed, edition: EditionSeed) => {
  const missing = [
    ...seed.actors.filter(({ key }) => !edition.actors[key]?.name).map(({ key }) => `actors.${key}`),
    ...seed.maps.filter(({ key }) => !edition.maps[key]?.title).map(({ key }) => `maps.${key}`),
    ...seed.claims.filter(({ key }) => !edition.claims[key]).map(({ key }) => `claims.${key}`),
    ...seed.images.filter(({ key }) => !edition.images[key]?.altText).map(({ key }) => `images.${key}`),
    ...seed.explainer.body.flatMap((block, index) =>
      edition.explainer.body[index]?.type === block.type ? [] : [`explainer.body.${index} (${block.type})`]
    ),
  ];
  if (edition.explainer.body.length !== seed.explainer.body.length) missing.push('explainer.body (length)');
  if (missing.length) throw new Error(`seed/editions/${edition.locale}.json does not match pokrovsk.json: ${missing.join(', ')}`);
};

/** The English seed with the edition's text in place: same keys, same blocks, same files. */
const localizedSeed = (seed: ExplainerSeed, edition: EditionSeed): ExplainerSeed => {
  const { internalNote: _englishNote, ...explainer } = seed.explainer;
  return {
    ...seed,
    images: seed.images.map((image): SeedImage => ({ ...image, ...edition.images[image.key] })),
    explainer: {
      ...explainer,
      ...edition.explainer,
      body: seed.explainer.body.map((block, index) => ({ ...block, ...edition.explainer.body[index] }) as SeedBlock),
    },
  };
};

const ensureLocale = async (strapi: Core.Strapi, { locale: code, name }: EditionSeed) => {
  const locales = strapi.plugin('i18n').service('locales');
  if (!(await locales.findByCode(code))) await locales.create({ code, name });
};

/** Writes the edition of one document when it has none (Strapi creates a locale on update); true when it did. */
const ensureEdition = async (strapi: Core.Strapi, uid: (typeof UID)[keyof typeof UID], documentId: string, locale: string, data: object) => {
  if (await strapi.db.query(uid).findOne({ select: ['id'], where: { documentId, locale } })) return false;
  await strapi.documents(uid).update({ documentId, locale, data } as any);
  return true;
};

/**
 * One edition: its locale, then the actors, maps and claims (a claim's edition takes the claimant
 * and links from the English one, so actors come first), then the explainer, which embeds them.
 */
export async function seedEdition(strapi: Core.Strapi, seed: ExplainerSeed, edition: EditionSeed, ids: SeededIds, explainerId: string) {
  assertComplete(seed, edition);
  const { locale } = edition;
  await ensureLocale(strapi, edition);
  for (const { key } of seed.actors) await ensureEdition(strapi, UID.actor, ids.actors[key], locale, edition.actors[key]);
  for (const { key } of seed.maps) await ensureEdition(strapi, UID.map, ids.maps[key], locale, edition.maps[key]);
  for (const { key } of seed.claims) await ensureEdition(strapi, UID.claim, ids.claims[key], locale, { statement: edition.claims[key] });
  const created = await ensureEdition(strapi, UID.explainer, explainerId, locale, explainerData(localizedSeed(seed, edition), ids));
  if (!created) return false;
  await strapi.documents(UID.explainer).publish({ documentId: explainerId, locale } as any);
  strapi.log.info(`[playground] seeded the "${seed.explainer.slug}" explainer's ${locale} edition`);
  return true;
}
