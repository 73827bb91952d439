/**
 * Seeds the Pokrovsk explainer from seed/pokrovsk.json (structured from
 * shared/seed/pokrovsk-explainer.txt). Idempotent: every record is looked up by its natural key
 * (actor name, file name, map title, claim statement, explainer slug) and only created when absent,
 * so a restart never duplicates anything and never overwrites an editor's changes.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { Core } from '@strapi/strapi';
import { seedPictureJpeg } from './seed-pictures';

const UID = {
  explainer: 'plugin::conflict-explainer.explainer',
  claim: 'plugin::conflict-explainer.claim',
  actor: 'plugin::conflict-explainer.actor',
  map: 'plugin::conflict-explainer.map',
} as const;

type SeedImage = {
  key: string;
  fileName: string;
  placeholderLabel: string;
  caption: string;
  credit: string;
  creator?: string;
  copyrightHolder?: string;
  sourceKind: string;
  altText: string;
  usageNote?: string;
};
type SeedBlock =
  | { type: 'text'; paragraphs: string[] }
  | { type: 'section'; question: string }
  | { type: 'image'; image: string }
  | { type: 'map'; map: string; caption?: string }
  | { type: 'claim'; claim: string }
  | { type: 'quote'; text: string; speaker?: string; attribution?: string; sourceUrl?: string };
type LinkKind = 'contradicts' | 'supports' | 'updates';
export type ExplainerSeed = {
  actors: ({ key: string; name: string } & Record<string, unknown>)[];
  images: SeedImage[];
  maps: ({ key: string; title: string; geojsonFile: string } & Record<string, unknown>)[];
  claims: ({ key: string; statement: string; claimant: string; links?: Partial<Record<LinkKind, string[]>> } & Record<string, unknown>)[];
  explainer: { slug: string; heroImage: string; body: SeedBlock[] } & Record<string, unknown>;
};

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

const paragraphsToBlocks = (paragraphs: string[]) =>
  paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

const creditedImage = ({ caption, credit, creator, copyrightHolder, sourceKind, usageNote, altText }: SeedImage, fileId: number) => ({
  image: fileId,
  caption,
  credit,
  creator,
  copyrightHolder,
  sourceKind,
  usageNote,
  altText,
});

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

export async function seedPokrovsk(strapi: Core.Strapi, seed: ExplainerSeed = loadSeed(strapi)) {
  const user = await seedEditor(strapi);
  // The plugin names whoever acts from the request's user: the seed runs as that editor.
  let result: Awaited<ReturnType<typeof seedAs>> | undefined;
  await strapi.requestContext.run({ state: { user } } as any, async () => {
    result = await seedAs(strapi, seed);
  });
  return result!;
}

async function seedAs(strapi: Core.Strapi, seed: ExplainerSeed) {
  const existing = await strapi.documents(UID.explainer).findFirst({ filters: { slug: seed.explainer.slug }, status: 'draft' } as any);

  const actorIds: Record<string, string> = {};
  for (const { key, ...actor } of seed.actors) {
    actorIds[key] = (await ensure(strapi, UID.actor, { name: actor.name }, actor)).documentId;
  }
  const fileIds: Record<string, number> = {};
  for (const image of seed.images) fileIds[image.key] = await ensureImage(strapi, image);
  const mapIds: Record<string, string> = {};
  for (const { key, geojsonFile, ...map } of seed.maps) {
    const geojson = JSON.parse(fs.readFileSync(path.join(seedDir(strapi), geojsonFile), 'utf8'));
    mapIds[key] = (await ensure(strapi, UID.map, { title: map.title }, { ...map, geojson })).documentId;
  }
  const claimIds: Record<string, string> = {};
  const createdClaims: { key: string; links?: Partial<Record<LinkKind, string[]>> }[] = [];
  for (const { key, claimant, links, ...claim } of seed.claims) {
    const result = await ensure(strapi, UID.claim, { statement: claim.statement }, { ...claim, claimant: actorIds[claimant] });
    claimIds[key] = result.documentId;
    if (result.created) createdClaims.push({ key, links });
  }
  // Links need every claim to exist first; only newly created claims get them, so edits survive.
  for (const { key, links = {} } of createdClaims) {
    const data: Record<string, string[]> = {};
    for (const kind of ['contradicts', 'supports', 'updates'] as const) {
      if (links[kind]?.length) data[kind] = links[kind]!.map((target) => claimIds[target]);
    }
    if (Object.keys(data).length) await strapi.documents(UID.claim).update({ documentId: claimIds[key], data } as any);
  }
  // Checked by the desk when they were entered: day one shows every claim verified, none stale.
  const desk = strapi.plugin('conflict-explainer').service('claims-desk');
  for (const { key } of createdClaims) {
    const { version } = await strapi.db.query(UID.claim).findOne({ select: ['version'], where: { documentId: claimIds[key] } });
    await desk.markVerified(claimIds[key], { version });
  }
  if (existing) return { created: false, documentId: existing.documentId };

  const imagesByKey = Object.fromEntries(seed.images.map((image) => [image.key, image]));
  const { heroImage, body, ...explainer } = seed.explainer;
  const blocks = body.map((block) => {
    switch (block.type) {
      case 'text':
        return { __component: 'conflict-explainer.rich-text', content: paragraphsToBlocks(block.paragraphs) };
      case 'section':
        return { __component: 'conflict-explainer.section-heading', question: block.question };
      case 'image':
        return { __component: 'conflict-explainer.credited-image', ...creditedImage(imagesByKey[block.image], fileIds[block.image]) };
      case 'map':
        return { __component: 'conflict-explainer.map-embed', map: mapIds[block.map], caption: block.caption };
      case 'claim':
        return { __component: 'conflict-explainer.claim-embed', claim: claimIds[block.claim] };
      case 'quote':
        return {
          __component: 'conflict-explainer.quote',
          text: block.text,
          speaker: block.speaker ? actorIds[block.speaker] : undefined,
          attribution: block.attribution,
          sourceUrl: block.sourceUrl,
        };
    }
  });
  const draft = await strapi.documents(UID.explainer).create({
    data: {
      ...explainer,
      heroImage: creditedImage(imagesByKey[heroImage], fileIds[heroImage]),
      body: blocks,
      claims: Object.values(claimIds),
    },
  } as any);
  await strapi.documents(UID.explainer).publish({ documentId: draft.documentId } as any);
  strapi.log.info(`[playground] seeded the "${seed.explainer.slug}" explainer`);
  return { created: true, documentId: draft.documentId };
}
