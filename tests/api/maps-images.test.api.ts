import sharp from 'sharp';
import { bearer, registerSuperAdmin, type AdminSession } from '../helpers/admin';
import { pokrovskDocumentId, revisionNumbers } from '../helpers/explainer';
import { startStrapi, type TestApp } from '../helpers/strapi';

let app: TestApp;
let admin: AdminSession;

beforeAll(async () => {
  app = await startStrapi();
  admin = await registerSuperAdmin(app);
});
afterAll(async () => app?.stop());

/** A JPEG as an agency would send it: IPTC Core (XMP) credit, creator, rights, and the camera's GPS. */
const agencyJpeg = () => {
  const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" photoshop:Credit="Libkos/Getty Images"><dc:creator><rdf:Seq><rdf:li>Libkos</rdf:li></rdf:Seq></dc:creator><dc:rights><rdf:Alt><rdf:li xml:lang="x-default">Getty Images</rdf:li></rdf:Alt></dc:rights></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  return sharp({ create: { width: 320, height: 200, channels: 3, background: '#6b6b6b' } })
    .jpeg()
    .withXmp(xmp)
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 16/1 48/1', GPSLongitudeRef: 'E', GPSLongitude: '37/1 10/1 48/1' } })
    .toBuffer();
};

describe('credited images from agency files', () => {
  let fileId: number;

  it('prefills credit, creator and copyright from the file’s metadata, and flags its GPS position', async () => {
    const upload = await app.http().post('/upload').set(bearer(admin)).attach('files', await agencyJpeg(), { filename: 'aerial.jpg', contentType: 'image/jpeg' });
    expect(upload.status).toBe(201);
    fileId = upload.body[0].id;
    const res = await app.http().get(`/conflict-explainer/media/${fileId}/metadata`).set(bearer(admin));
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ credit: 'Libkos/Getty Images', creator: 'Libkos', copyrightHolder: 'Getty Images' });
    expect(res.body.data.gps.latitude).toBeCloseTo(48.28, 2);
    expect(res.body.data.gps.longitude).toBeCloseTo(37.18, 2);
  });

  it('strips the location when the editor chooses to', async () => {
    const res = await app.http().post(`/conflict-explainer/media/${fileId}/strip-location`).set(bearer(admin));
    expect(res.status).toBe(200);
    const after = await app.http().get(`/conflict-explainer/media/${fileId}/metadata`).set(bearer(admin));
    expect(after.body.data.gps).toBeNull();
    expect(after.body.data.credit).toBe('Libkos/Getty Images');
    const served = await app.http().get(`/uploads/${(await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: fileId } })).hash}.jpg`);
    expect(served.status).toBe(200);
  });

  it('unknown files are 404 and bad ids 400', async () => {
    expect((await app.http().get('/conflict-explainer/media/999999/metadata').set(bearer(admin))).status).toBe(404);
    expect((await app.http().get('/conflict-explainer/media/..%2F..%2Fetc/metadata').set(bearer(admin))).status).toBe(400);
  });
});

describe('publishing refuses uncredited images and unsourced maps, listing every offender', () => {
  it('lists each and publishes nothing', async () => {
    const documentId = await pokrovskDocumentId(app);
    const before = await revisionNumbers(app, documentId);
    // Rows damaged outside the plugin's write checks (e.g. a direct database edit).
    const knex = app.strapi.db.connection;
    await knex('components_conflict_explainer_credited_images').update({ credit: '' });
    const [map] = await knex('conflict_explainer_maps').select('id', 'title').orderBy('id').limit(1);
    await knex('conflict_explainer_maps').where('id', map.id).update({ source_line: '' });
    const res = await app.http().post(`/conflict-explainer/explainers/${documentId}/publish`).set(bearer(admin)).send({ kind: 'update', publicNote: 'x' });
    expect(res.status).toBe(400);
    const messages = res.body.error.details.errors.map((e: any) => e.message);
    expect(messages.filter((m: string) => /has no credit/.test(m))).toHaveLength(3);
    expect(messages).toContain(`map “${map.title}” has no source line`);
    expect(res.body.error.message).toMatch(/^Cannot publish: /);
    expect(await revisionNumbers(app, documentId)).toEqual(before);
  });
});

describe('map versions and the readers’ map', () => {
  it('keeps the previous lines and as-of date when a map changes', async () => {
    const map = await app.strapi.db.query('plugin::conflict-explainer.map').findOne({ where: { title: 'Pokrovsk under Russian attack' } });
    const moved = structuredClone(map.geojson);
    moved.features[0].geometry.coordinates[0] = moved.features[0].geometry.coordinates[0].map(([x, y]: number[]) => [x + 0.01, y]);
    const res = await app
      .http()
      .put(`/content-manager/collection-types/plugin::conflict-explainer.map/${map.documentId}`)
      .set(bearer(admin))
      .send({ geojson: moved, asOf: '2025-11-12', sourceLine: 'Source: ISW, DeepState' });
    expect(res.status).toBe(200);
    const versions = await app.http().get(`/conflict-explainer/maps/${map.documentId}/versions`).set(bearer(admin));
    expect(versions.body.data).toHaveLength(1);
    expect(versions.body.data[0]).toMatchObject({ asOf: map.asOf });
    expect(versions.body.data[0].geojson).toEqual(map.geojson);
  });

  it('the snapshot carries each map as GeoJSON, a static SVG, a legend, source and as-of', async () => {
    const snapshot = (await app.http().get('/api/conflict-explainer/explainers/pokrovsk')).body;
    for (const map of snapshot.content.maps) {
      expect(map.svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(map.legend.map((l: any) => l.label)).toEqual(expect.arrayContaining(['Settlement']));
      expect(map.sourceLine).toMatch(/^Source/);
    }
    const images = [snapshot.content.heroImage, ...snapshot.content.sections.flatMap((s: any) => s.blocks.filter((b: any) => b.type === 'image').map((b: any) => b.image))];
    expect(images.every((i: any) => i.credit && i.altText && i.caption)).toBe(true);
    const jsonLdImages = snapshot.jsonLd['@graph'][0].image;
    expect(jsonLdImages.every((i: any) => i.creditText)).toBe(true);
  });
});
