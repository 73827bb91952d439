/**
 * Seeds the Pokrovsk explainer from seed/pokrovsk.json (structured from
 * shared/seed/pokrovsk-explainer.txt). Idempotent: every record is looked up by its natural key
 * (actor name, file name, map title, claim statement, explainer slug) and only created when absent,
 * so a restart never duplicates anything and never overwrites an editor's changes.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');

const UID = {
  explainer: 'plugin::conflict-explainer.explainer',
  claim: 'plugin::conflict-explainer.claim',
  actor: 'plugin::conflict-explainer.actor',
  map: 'plugin::conflict-explainer.map',
};
const SEED_DIR = path.join(__dirname, '..', 'seed');

const loadSeed = () => JSON.parse(fs.readFileSync(path.join(SEED_DIR, 'pokrovsk.json'), 'utf8'));

const escapeXml = (text) => text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A placeholder photo: the real agency images are not ours to ship; their credits are. */
async function placeholderJpeg(image, index) {
  const sharp = require('sharp');
  const hues = [[62, 72, 84], [84, 70, 58], [58, 78, 66]];
  const [r, g, b] = hues[index % hues.length];
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="rgb(${r + 60},${g + 60},${b + 60})"/><stop offset="1" stop-color="rgb(${r},${g},${b})"/>
    </linearGradient></defs>
    <rect width="1200" height="675" fill="url(#g)"/>
    <text x="60" y="330" font-family="sans-serif" font-size="44" fill="#fff">${escapeXml(image.placeholderLabel)}</text>
    <text x="60" y="620" font-family="sans-serif" font-size="28" fill="#ddd">Placeholder · ${escapeXml(image.credit)}</text>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
}

async function ensureImage(strapi, image, index) {
  const existing = await strapi.db.query('plugin::upload.file').findOne({ where: { name: image.fileName } });
  if (existing) return existing.id;
  const tmp = path.join(os.tmpdir(), `seed-${process.pid}-${image.fileName}`);
  fs.writeFileSync(tmp, await placeholderJpeg(image, index));
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

async function ensure(strapi, uid, filters, data) {
  const found = await strapi.documents(uid).findFirst({ filters, fields: ['documentId'] });
  if (found) return { documentId: found.documentId, created: false };
  const created = await strapi.documents(uid).create({ data });
  return { documentId: created.documentId, created: true };
}

const paragraphsToBlocks = (paragraphs) =>
  paragraphs.map((text) => ({ type: 'paragraph', children: [{ type: 'text', text }] }));

const creditedImage = (image, fileId) => ({
  image: fileId,
  caption: image.caption,
  credit: image.credit,
  creator: image.creator,
  copyrightHolder: image.copyrightHolder,
  sourceKind: image.sourceKind,
  usageNote: image.usageNote,
  altText: image.altText,
});

async function seedPokrovsk(strapi, seed = loadSeed()) {
  const existing = await strapi.documents(UID.explainer).findFirst({ filters: { slug: seed.explainer.slug }, status: 'draft' });
  const actorIds = {};
  for (const { key, ...actor } of seed.actors) {
    actorIds[key] = (await ensure(strapi, UID.actor, { name: actor.name }, actor)).documentId;
  }
  const fileIds = {};
  for (const [index, image] of seed.images.entries()) fileIds[image.key] = await ensureImage(strapi, image, index);
  const mapIds = {};
  for (const { key, geojsonFile, ...map } of seed.maps) {
    const geojson = JSON.parse(fs.readFileSync(path.join(SEED_DIR, geojsonFile), 'utf8'));
    mapIds[key] = (await ensure(strapi, UID.map, { title: map.title }, { ...map, geojson })).documentId;
  }
  const claimIds = {};
  const createdClaims = [];
  for (const { key, claimant, links, ...claim } of seed.claims) {
    const result = await ensure(strapi, UID.claim, { statement: claim.statement }, { ...claim, claimant: actorIds[claimant] });
    claimIds[key] = result.documentId;
    if (result.created) createdClaims.push({ key, links });
  }
  for (const { key, links = {} } of createdClaims) {
    const data = {};
    for (const kind of ['contradicts', 'supports', 'updates']) {
      if (links[kind]?.length) data[kind] = links[kind].map((target) => claimIds[target]);
    }
    if (Object.keys(data).length) await strapi.documents(UID.claim).update({ documentId: claimIds[key], data });
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
        return { __component: 'conflict-explainer.quote', text: block.text, speaker: actorIds[block.speaker], attribution: block.attribution, sourceUrl: block.sourceUrl };
      default:
        throw new Error(`Unknown seed block type ${block.type}`);
    }
  });
  const draft = await strapi.documents(UID.explainer).create({
    data: {
      ...explainer,
      heroImage: creditedImage(imagesByKey[heroImage], fileIds[heroImage]),
      body: blocks,
      claims: Object.values(claimIds),
    },
  });
  await strapi.documents(UID.explainer).publish({ documentId: draft.documentId });
  strapi.log.info(`[playground] seeded the "${explainer.slug}" explainer`);
  return { created: true, documentId: draft.documentId };
}

module.exports = { seedPokrovsk, loadSeed };
