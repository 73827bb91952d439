/**
 * Seeds the Pokrovsk explainer from seed/pokrovsk.json (structured from
 * shared/seed/pokrovsk-explainer.txt). Idempotent: every record is looked up by its natural key
 * (actor name, file name, map title, claim statement, explainer slug) and only created when absent,
 * so a restart never duplicates anything and never overwrites an editor's changes. Then the
 * Ukrainian and Russian editions (seed/editions/, seed-editions.ts), each published once.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { loadEditions, seedEdition, type EditionSeed } from './seed-editions';
import { explainerData, type ExplainerSeed, type LinkKind, type SeededIds, type SeedImage } from './seed-explainer';
import { seedPictureJpeg } from './seed-pictures';

export type { ExplainerSeed } from './seed-explainer';

const UID = {
  explainer: 'plugin::conflict-explainer.explainer',
  claim: 'plugin::conflict-explainer.claim',
  actor: 'plugin::conflict-explainer.actor',
  map: 'plugin::conflict-explainer.map',
} as const;

const seedDir = (strapi: Core.Strapi) => path.join(strapi.dirs.app.root, 'seed');

export const loadSeed = (strapi: Core.Strapi): ExplainerSeed =>
  JSON.parse(fs.readFileSync(path.join(seedDir(strapi), 'pokrovsk.json'), 'utf8'));

async function ensureImage(strapi: Core.Strapi, image: SeedImage): Promise<number> {
  const existing = await strapi.db.query('plugin::upload.file').findOne({ where: { name: image.fileName } });
  if (existing) return existing.id;
  const tmp = path.join(os.tmpdir(), `seed-${process.pid}-${image.fileName}`);
  fs.writeFileSync(tmp, await seedPictureJpeg(image.key));
  try {
    const [file] = await strapi.plugin('upload').service('upload').upload({
      data: { fileInfo: { name: image.fileName, alternativeText: image.altText, caption: image.caption } },
      files: { filepath: tmp, originalFilename: image.fileName, mimetype: 'image/jpeg', size: fs.statSync(tmp).size },
    });
    return file.id;
  } finally {
    fs.rmSync(tmp, { force: true });
  }
}

async function ensure(strapi: Core.Strapi, uid: (typeof UID)[keyof typeof UID], filters: object, data: object) {
  const found = await strapi.documents(uid).findFirst({ filters, fields: ['documentId'] } as any);
  if (found) return { documentId: found.documentId, created: false };
  const created = await strapi.documents(uid).create({ data } as any);
  return { documentId: created.documentId, created: true };
}

/**
 * Who the seed acts as: the development admin when there is one, otherwise an editor with that
 * name and no account. Revision 1, the claims' "last edited by" and their verification carry it.
 */
export const SEED_EDITOR = { firstname: 'Playground', lastname: 'Editor' };

async function seedEditor(strapi: Core.Strapi) {
  const email = process.env.PLAYGROUND_ADMIN_EMAIL || 'editor@example.com';
  const admin = await strapi.db.query('admin::user').findOne({ select: ['id', 'firstname', 'lastname', 'email'], where: { email } });
  return admin ?? SEED_EDITOR;
}

/** The translated editions seeded after English (uk, ru), unless PLAYGROUND_SEED_EDITIONS=false (the API tests' English-only app). */
const editionsToSeed = (strapi: Core.Strapi): EditionSeed[] =>
  process.env.PLAYGROUND_SEED_EDITIONS === 'false' ? [] : loadEditions(seedDir(strapi));

export async function seedPokrovsk(strapi: Core.Strapi, seed: ExplainerSeed = loadSeed(strapi), editions: EditionSeed[] = editionsToSeed(strapi)) {
  const user = await seedEditor(strapi);
  // The plugin names whoever acts from the request's user: the seed runs as that editor.
  let result: Awaited<ReturnType<typeof seedAs>> | undefined;
  await strapi.requestContext.run({ state: { user } } as any, async () => {
    result = await seedAs(strapi, seed, editions);
  });
  return result!;
}

/** The English actors, pictures, maps and claims, each created only when absent; their ids by seed key. */
async function seedRecords(strapi: Core.Strapi, seed: ExplainerSeed): Promise<SeededIds> {
  const ids: SeededIds = { actors: {}, maps: {}, claims: {}, files: {} };
  for (const { key, ...actor } of seed.actors) {
    ids.actors[key] = (await ensure(strapi, UID.actor, { name: actor.name }, actor)).documentId;
  }
  for (const image of seed.images) ids.files[image.key] = await ensureImage(strapi, image);
  for (const { key, geojsonFile, ...map } of seed.maps) {
    const geojson = JSON.parse(fs.readFileSync(path.join(seedDir(strapi), geojsonFile), 'utf8'));
    ids.maps[key] = (await ensure(strapi, UID.map, { title: map.title }, { ...map, geojson })).documentId;
  }
  const createdClaims: { key: string; links?: Partial<Record<LinkKind, string[]>> }[] = [];
  for (const { key, claimant, links, ...claim } of seed.claims) {
    const result = await ensure(strapi, UID.claim, { statement: claim.statement }, { ...claim, claimant: ids.actors[claimant] });
    ids.claims[key] = result.documentId;
    if (result.created) createdClaims.push({ key, links });
  }
  // Links need every claim to exist first; only newly created claims get them, so edits survive.
  for (const { key, links = {} } of createdClaims) {
    const data: Record<string, string[]> = {};
    for (const kind of ['contradicts', 'supports', 'updates'] as const) {
      if (links[kind]?.length) data[kind] = links[kind]!.map((target) => ids.claims[target]);
    }
    if (Object.keys(data).length) await strapi.documents(UID.claim).update({ documentId: ids.claims[key], data } as any);
  }
  // Checked by the desk when they were entered: day one shows every claim verified, none stale.
  const desk = strapi.plugin('conflict-explainer').service('claims-desk');
  for (const { key } of createdClaims) {
    const { version } = await strapi.db.query(UID.claim).findOne({ select: ['version'], where: { documentId: ids.claims[key] } });
    await desk.markVerified(ids.claims[key], { version });
  }
  return ids;
}

async function seedAs(strapi: Core.Strapi, seed: ExplainerSeed, editions: EditionSeed[]) {
  const existing = await strapi.documents(UID.explainer).findFirst({ filters: { slug: seed.explainer.slug }, status: 'draft' } as any);
  const ids = await seedRecords(strapi, seed);
  let documentId: string = existing?.documentId;
  if (!existing) {
    documentId = (await strapi.documents(UID.explainer).create({ data: explainerData(seed, ids) } as any)).documentId;
    await strapi.documents(UID.explainer).publish({ documentId } as any);
    strapi.log.info(`[playground] seeded the "${seed.explainer.slug}" explainer`);
  }
  // The editions after English: each one's revision 1 is based on English revision 1.
  const editionsCreated: string[] = [];
  for (const edition of editions) {
    if (await seedEdition(strapi, seed, edition, ids, documentId)) editionsCreated.push(edition.locale);
  }
  return { created: !existing, documentId, editionsCreated };
}
