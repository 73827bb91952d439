import fs from 'node:fs';
import path from 'node:path';
import { bearer, createApiToken, registerSuperAdmin, type AdminSession } from '../helpers/admin';
import { startStrapi, type TestApp } from '../helpers/strapi';
import { applyContentManagerLabels } from '../../server/src/content-manager-labels';

const CM = '/content-manager/collection-types';
const EXPLAINER = 'plugin::conflict-explainer.explainer';
const CLAIM = 'plugin::conflict-explainer.claim';
const ACTOR = 'plugin::conflict-explainer.actor';
const MAP = 'plugin::conflict-explainer.map';
// The article as the newsroom filed it, kept beside the structured seed that carries it.
const ARTICLE = path.resolve(__dirname, '..', '..', 'playground', 'seed', 'pokrovsk-explainer.txt');

let app: TestApp;
let admin: AdminSession;

beforeAll(async () => {
  app = await startStrapi();
  admin = await registerSuperAdmin(app);
});
afterAll(async () => app?.stop());

const textOf = (blocks: any[]): string[] =>
  blocks.flatMap((block: any) => (block.children ?? []).map((child: any) => child.text ?? '').join(''));

/** Row counts of every plugin table, so a refused write can be shown to leave no trace. */
const tableCounts = async () => {
  const knex = app.strapi.db.connection;
  const tables = [
    'conflict_explainer_explainers',
    'conflict_explainer_claims',
    'conflict_explainer_actors',
    'conflict_explainer_maps',
    'components_conflict_explainer_credited_images',
    'components_conflict_explainer_section_headings',
    'components_conflict_explainer_rich_texts',
    'components_conflict_explainer_map_embeds',
    'components_conflict_explainer_claim_embeds',
    'components_conflict_explainer_quotes',
  ];
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const [{ count }] = await knex(table).count({ count: '*' });
    counts[table] = Number(count);
  }
  return counts;
};

describe('the seeded Pokrovsk piece', () => {
  let explainer: any;

  beforeAll(async () => {
    explainer = await app.strapi.documents(EXPLAINER).findFirst({
      filters: { slug: 'pokrovsk' },
      status: 'published',
      populate: {
        heroImage: { populate: ['image'] },
        body: {
          on: {
            'conflict-explainer.credited-image': { populate: ['image'] },
            'conflict-explainer.map-embed': { populate: ['map'] },
            'conflict-explainer.claim-embed': { populate: { claim: { populate: ['claimant'] } } },
            'conflict-explainer.section-heading': true,
            'conflict-explainer.rich-text': true,
            'conflict-explainer.quote': true,
          },
        },
        claims: { populate: ['claimant'] },
      },
    });
  });

  it('is published under the slug pokrovsk with its title and standfirst', () => {
    expect(explainer).toBeTruthy();
    expect(explainer.title).toBe('Why the fall of this city would matter to Ukraine and Russia');
    expect(explainer.standfirst).toMatch(/^Ukraine could be facing its biggest loss for months/);
    expect(explainer.situationStatus).toBe('developing');
  });

  it('carries the four question sections in the article’s order', () => {
    const questions = explainer.body.filter((b: any) => b.__component === 'conflict-explainer.section-heading').map((b: any) => b.question);
    expect(questions).toEqual([
      'How close is Pokrovsk to falling?',
      'Why is this city so important for Russia to capture?',
      'What makes Pokrovsk significant for Ukraine to hold?',
      'Would the fall of Pokrovsk change the war?',
    ]);
  });

  it('carries every paragraph of the article, once, in order', () => {
    const lines = fs.readFileSync(ARTICLE, 'utf8').split('\n').map((line) => line.trim());
    // The article's own paragraphs: not the title, headings, captions, image and map labels.
    const paragraphs = lines.filter(
      (line, i) =>
        line.length > 40 &&
        i > 0 &&
        !line.includes('Image source') &&
        !line.startsWith('Map showing') &&
        !line.endsWith('?') &&
        lines[i - 2] !== 'Image caption,'
    );
    const bodyText = explainer.body
      .filter((b: any) => b.__component === 'conflict-explainer.rich-text')
      .flatMap((b: any) => textOf(b.content));
    const stored = [explainer.standfirst, ...bodyText];
    expect(stored).toEqual(paragraphs);
  });

  it('credits every image, hero included', () => {
    const images = [explainer.heroImage, ...explainer.body.filter((b: any) => b.__component === 'conflict-explainer.credited-image')];
    expect(images.map((i: any) => i.credit)).toEqual(['Libkos/Getty Images', 'Skelya regiment', 'Russian defence ministry']);
    for (const image of images) {
      expect(image.image?.mime).toBe('image/jpeg');
      expect(image.altText.length).toBeGreaterThan(10);
      expect(image.caption.length).toBeGreaterThan(10);
    }
  });

  it('embeds the three maps, each with a source line, an as-of date and typed GeoJSON', () => {
    const maps = explainer.body.filter((b: any) => b.__component === 'conflict-explainer.map-embed').map((b: any) => b.map);
    expect(maps).toHaveLength(3);
    for (const map of maps) {
      expect(map.sourceLine).toMatch(/^Source: /);
      expect(map.asOf).toMatch(/^2025-\d\d-\d\d$/);
      expect(map.geojson.type).toBe('FeatureCollection');
      expect(map.textDescription.length).toBeGreaterThan(40);
    }
    const types = new Set(maps.flatMap((m: any) => m.geojson.features.map((f: any) => f.properties.type)));
    for (const type of ['control-russian', 'control-contested', 'front-line', 'road', 'rail', 'settlement']) expect(types).toContain(type);
  });

  it('tracks every attributed claim with its actor', () => {
    const claimants = new Set(explainer.claims.map((c: any) => c.claimant?.name));
    const expected = [
      /General Staff/,
      /Skelya/,
      /Hromadske/,
      /(Ministry|ministry) of Defence|defence ministry/i,
      /DeepState/,
      /Kofman/,
      /Institute for the Study of War/,
      /Zelensky/,
      /Putin/,
    ];
    for (const pattern of expected) expect([...claimants].some((name) => pattern.test(String(name)))).toBe(true);
    const cauldrons = explainer.claims.find((c: any) => /cauldron/i.test(c.statement));
    expect(cauldrons.claimStatus).toBe('disputed');
    const embedded = explainer.body.filter((b: any) => b.__component === 'conflict-explainer.claim-embed');
    expect(embedded.length).toBeGreaterThanOrEqual(8);
    expect(embedded.every((b: any) => b.claim?.claimant)).toBe(true);
  });

  it('links contradicting claims both ways', async () => {
    const denial: any = await app.strapi.documents(CLAIM).findFirst({
      filters: { claimant: { name: { $containsi: 'General Staff' } } },
      populate: ['contradicts', 'contradictedBy'],
    });
    const linked = [...denial.contradicts, ...denial.contradictedBy].map((c: any) => c.statement).join(' ');
    expect(linked).toMatch(/cauldron/i);
  });

  it('does not duplicate anything when the seed runs again', async () => {
    const before = await tableCounts();
    const { seedPokrovsk } = require('../../playground/dist/src/seed');
    const result = await seedPokrovsk(app.strapi);
    expect(result.created).toBe(false);
    expect(await tableCounts()).toEqual(before);
    const files = await app.strapi.db.query('plugin::upload.file').count();
    expect(files).toBe(3);
  });
});

describe('bad input is refused with the field named and nothing stored', () => {
  let actorId: string;
  let fileId: number;

  beforeAll(async () => {
    const actor = await app.strapi.documents(ACTOR).findFirst({ filters: { name: { $containsi: 'DeepState' } } });
    actorId = actor!.documentId;
    fileId = (await app.strapi.db.query('plugin::upload.file').findOne({ where: {} })).id;
  });

  const cmCreate = (uid: string, body: unknown) =>
    app.http().post(`${CM}/${uid}`).set(bearer(admin)).send(body as object);

  const expectRefused = async (uid: string, body: unknown, field: string, status = 400) => {
    const before = await tableCounts();
    const res = await cmCreate(uid, body);
    expect(res.status).toBe(status);
    expect(res.body.data).toBeNull();
    expect(res.body.error.name).toBe('ValidationError');
    const paths = (res.body.error.details?.errors ?? []).map((e: any) => e.path.join('.'));
    expect(paths).toContain(field);
    expect(await tableCounts()).toEqual(before);
    return res;
  };

  const validImage = () => ({
    __component: 'conflict-explainer.credited-image',
    image: fileId,
    caption: 'Smoke over the city',
    credit: 'Staff photographer',
    altText: 'Smoke rises above apartment blocks',
    sourceKind: 'staff',
  });
  const explainerWith = (body: unknown[]) => ({ title: 'Test piece', slug: `test-${Date.now()}`, situationStatus: 'developing', body });

  it('an image with no credit', async () => {
    const { credit, ...uncredited } = validImage();
    await expectRefused(EXPLAINER, explainerWith([{ __component: 'conflict-explainer.section-heading', question: 'Q?' }, uncredited]), 'body.1.credit');
  });

  it('an image with a blank alt text', async () => {
    await expectRefused(EXPLAINER, explainerWith([{ ...validImage(), altText: '   ' }]), 'body.0.altText');
  });

  it('an image block with no file', async () => {
    const { image, ...fileless } = validImage();
    await expectRefused(EXPLAINER, explainerWith([fileless]), 'body.0.image');
  });

  it('script in a caption', async () => {
    await expectRefused(EXPLAINER, explainerWith([{ ...validImage(), caption: '<script>alert(1)</script>' }]), 'body.0.caption');
  });

  it('an unknown body block', async () => {
    await expectRefused(EXPLAINER, explainerWith([{ __component: 'conflict-explainer.banner', text: 'x' }]), 'body.0.__component');
  });

  it('a claim with no claimant', async () => {
    await expectRefused(CLAIM, { statement: 'Units were encircled', claimStatus: 'unverified', medium: 'statement' }, 'claimant');
  });

  it('a claim with no statement', async () => {
    await expectRefused(CLAIM, { claimant: actorId, claimStatus: 'unverified', medium: 'statement' }, 'statement');
  });

  it('a claim with an unknown status', async () => {
    await expectRefused(CLAIM, { statement: 'x', claimant: actorId, claimStatus: 'probably', medium: 'statement' }, 'claimStatus');
  });

  it('a claim whose source is not a URL', async () => {
    await expectRefused(CLAIM, { statement: 'x', claimant: actorId, claimStatus: 'unverified', medium: 'statement', sourceUrl: 'javascript:alert(1)' }, 'sourceUrl');
  });

  it('a claim whose statement is a number', async () => {
    await expectRefused(CLAIM, { statement: 42, claimant: actorId, claimStatus: 'unverified', medium: 'statement' }, 'statement');
  });

  const mapWith = (geojson: unknown) => ({ title: 'Front', sourceLine: 'Source: ISW', asOf: '2025-11-05', textDescription: 'A map.', geojson });

  it('a map whose GeoJSON is not a FeatureCollection', async () => {
    await expectRefused(MAP, mapWith({ type: 'Point', coordinates: [37, 48] }), 'geojson.type');
  });

  it('a map with an untyped feature', async () => {
    const geojson = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [37, 48] } }] };
    await expectRefused(MAP, mapWith(geojson), 'geojson.features.0.properties.type');
  });

  it('a map with an open polygon ring', async () => {
    const geojson = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { type: 'control-russian' }, geometry: { type: 'Polygon', coordinates: [[[37, 48], [37.1, 48], [37.1, 48.1]]] } }] };
    await expectRefused(MAP, mapWith(geojson), 'geojson.features.0');
  });

  it('a map with absurdly nested JSON', async () => {
    let deep: unknown = [37, 48];
    for (let i = 0; i < 2000; i += 1) deep = [deep];
    const geojson = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { type: 'settlement' }, geometry: { type: 'Point', coordinates: deep } }] };
    await expectRefused(MAP, mapWith(geojson), 'geojson');
  });

  it('an actor with a null name', async () => {
    await expectRefused(ACTOR, { name: null, kind: 'analyst', side: 'independent' }, 'name');
  });

  it('a 10 MB statement never reaches the database and never causes a 5xx', async () => {
    const before = await tableCounts();
    const res = await cmCreate(CLAIM, { statement: 'x'.repeat(10 * 1024 * 1024), claimant: actorId, claimStatus: 'unverified', medium: 'statement' });
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.status).toBeLessThan(500);
    expect(await tableCounts()).toEqual(before);
  });

  it('the same refusal comes from a Document Service call', async () => {
    const before = await tableCounts();
    await expect(
      app.strapi.documents(EXPLAINER).create({ data: explainerWith([{ ...validImage(), credit: '' }]) as any })
    ).rejects.toMatchObject({ name: 'ValidationError', details: { errors: [expect.objectContaining({ path: ['body', '0', 'credit'] })] } });
    expect(await tableCounts()).toEqual(before);
  });

  it('the same refusal comes from the REST API used by scripts', async () => {
    const token = await createApiToken(app, admin);
    const before = await tableCounts();
    const res = await app
      .http()
      .post('/api/conflict-explainer/manage/claims')
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { statement: 'Units were encircled', claimStatus: 'unverified', medium: 'statement' } });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain('claimant');
    expect(await tableCounts()).toEqual(before);
  });

  it('a valid explainer with a credited image is accepted', async () => {
    const res = await cmCreate(EXPLAINER, explainerWith([{ __component: 'conflict-explainer.section-heading', question: 'What now?' }, validImage()]));
    expect(res.status).toBeLessThan(300);
    expect(res.body.data.body[1].credit).toBe('Staff photographer');
  });
});

describe('the Content Manager names the fields as editors do', () => {
  const configuration = async (kind: 'content-types' | 'components', uid: string) => {
    const res = await app.http().get(`/content-manager/${kind}/${uid}/configuration`).set(bearer(admin));
    expect(res.status).toBe(200);
    return kind === 'components' ? res.body.data.component : res.body.data.contentType;
  };

  it('labels and hints instead of attribute names, in the edit view and the list', async () => {
    const map = await configuration('content-types', 'plugin::conflict-explainer.map');
    expect(map.metadatas.asOf.edit).toMatchObject({ label: 'As of', description: 'The date the lines show the situation on.' });
    expect(map.metadatas.asOf.list.label).toBe('As of');
    expect(map.metadatas.sourceLine.edit.label).toBe('Source line');
    const explainer = await configuration('content-types', 'plugin::conflict-explainer.explainer');
    expect(explainer.metadatas.situationStatus.edit.label).toBe('Situation status');
    expect(explainer.metadatas.internalNote.edit.description).toMatch(/never published/);
    const image = await configuration('components', 'conflict-explainer.credited-image');
    expect(image.metadatas.credit.edit).toMatchObject({ label: 'Credit', description: expect.stringContaining('Image source') });
    expect(image.metadatas.altText.edit.label).toBe('Alt text');
  });

  it('a label the newsroom set in "Configure the view" is kept at the next boot', async () => {
    const uid = 'plugin::conflict-explainer.map';
    const current = await configuration('content-types', uid);
    // As the admin's "Configure the view" sends it: list metadatas without the relation's mainField.
    const metadatas = Object.fromEntries(
      Object.entries(current.metadatas as Record<string, any>).map(([name, { edit, list: { mainField, ...list } }]) => [name, { edit, list }])
    );
    metadatas.asOf.edit = { ...metadatas.asOf.edit, label: 'Situation on' };
    const put = await app
      .http()
      .put(`/content-manager/content-types/${uid}/configuration`)
      .set(bearer(admin))
      .send({ settings: current.settings, metadatas, layouts: current.layouts });
    expect(put.status).toBe(200);
    // What the plugin's bootstrap runs: it must not put its own wording back.
    await applyContentManagerLabels(app.strapi);
    const after = await configuration('content-types', uid);
    expect(after.metadatas.asOf.edit.label).toBe('Situation on');
    expect(after.metadatas.sourceLine.edit.label).toBe('Source line');
  });
});
