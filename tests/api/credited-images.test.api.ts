import exifr from 'exifr';
import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { bearer, editorWithPermissions, registerSuperAdmin, type AdminSession } from '../helpers/admin';
import { EXPLAINER, revisionNumbers } from '../helpers/explainer';
import { startStrapi, type TestApp } from '../helpers/strapi';

const CM = '/content-manager/collection-types';
const MEDIA = '/conflict-explainer/media';
const IMAGE = 'conflict-explainer.credited-image';

let app: TestApp;
let admin: AdminSession;

beforeAll(async () => {
  app = await startStrapi();
  admin = await registerSuperAdmin(app);
  // As a newsroom that keeps its originals: no re-encoding, so what the camera wrote reaches the public file.
  await app.strapi.plugin('upload').service('upload').setSettings({ sizeOptimization: false, responsiveDimensions: false, autoOrientation: false });
});
afterAll(async () => app?.stop());

/** A photo from the field: IPTC Core (XMP) credit and creator, and the camera's GPS position near Pokrovsk. */
const fieldJpeg = (gps: boolean) => {
  const xmp = `<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" photoshop:Credit="Libkos/Getty Images"><dc:creator><rdf:Seq><rdf:li>Libkos</rdf:li></rdf:Seq></dc:creator></rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>`;
  const image = sharp({ create: { width: 320, height: 200, channels: 3, background: '#5a6b5a' } }).jpeg().withXmp(xmp);
  return (gps ? image.withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 16/1 48/1', GPSLongitudeRef: 'E', GPSLongitude: '37/1 10/1 48/1' } }) : image).toBuffer();
};

const upload = async (filename: string, gps: boolean): Promise<number> => {
  const res = await app.http().post('/upload').set(bearer(admin)).attach('files', await fieldJpeg(gps), { filename, contentType: 'image/jpeg' });
  expect(res.status).toBe(201);
  return res.body[0].id;
};

/** The file as the public server holds it, read back with the same EXIF reader the plugin uses. */
const gpsOnDisk = async (fileId: number) => {
  const file = await app.strapi.db.query('plugin::upload.file').findOne({ where: { id: fileId } });
  const tags = await exifr.gps(await fs.readFile(path.join(app.strapi.dirs.static.public, file.url))).catch(() => undefined);
  return tags && typeof tags.latitude === 'number' ? { latitude: tags.latitude, longitude: tags.longitude } : null;
};

const image = (fileId: number, credit = 'Libkos/Getty Images') => ({
  image: fileId,
  caption: 'Smoke over Pokrovsk',
  credit,
  altText: 'Smoke rises above apartment blocks',
  sourceKind: 'agency',
});

const createExplainer = async (hero: number, bodyImage: number) => {
  const res = await app
    .http()
    .post(`${CM}/${EXPLAINER}`)
    .set(bearer(admin))
    .send({
      title: 'Field photos',
      slug: `field-photos-${Date.now()}`,
      situationStatus: 'developing',
      heroImage: image(hero),
      // The photo opens the body: the publish gate numbers body blocks among the kinds it loads (images, maps).
      body: [
        { __component: IMAGE, ...image(bodyImage) },
        { __component: 'conflict-explainer.section-heading', question: 'What do the photos show?' },
      ],
    });
  expect(res.status).toBe(201);
  return res.body.data.documentId as string;
};

const publish = (documentId: string) => app.http().post(`${CM}/${EXPLAINER}/${documentId}/actions/publish`).set(bearer(admin)).send({});
const issuesOf = (res: any) => (res.body.error?.details?.errors ?? []).map((e: any) => ({ path: e.path.join('.'), message: e.message }));

describe('a GPS position in an uploaded photo waits for an editor’s decision', () => {
  let hero: number;
  let inBody: number;
  let documentId: string;

  it('an upload with GPS is recorded as pending, with the credit read from the file', async () => {
    hero = await upload('trench.jpg', true);
    inBody = await upload('checkpoint.jpg', true);
    const res = await app.http().get(`${MEDIA}/${hero}/metadata`).set(bearer(admin));
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ credit: 'Libkos/Getty Images', creator: 'Libkos', locationDecision: 'pending', locationDecidedBy: null, locationDecidedAt: null });
    expect(res.body.data.gps.latitude).toBeCloseTo(48.28, 2);
    expect(res.body.data.gps.longitude).toBeCloseTo(37.18, 2);
    // Nothing re-encoded it: the public file itself says where it was taken.
    expect((await gpsOnDisk(hero))?.latitude).toBeCloseTo(48.28, 2);
  });

  it('saving a draft with those photos is fine; publishing it is refused, naming each of them', async () => {
    documentId = await createExplainer(hero, inBody);
    const res = await publish(documentId);
    expect(res.status).toBe(400);
    expect(res.body.error.name).toBe('ValidationError');
    expect(issuesOf(res)).toEqual([
      { path: 'heroImage.image', message: 'image “trench.jpg” records where it was taken: keep or strip the location' },
      { path: 'body.0.image', message: 'image “checkpoint.jpg” records where it was taken: keep or strip the location' },
    ]);
    expect(res.body.error.message).toMatch(/^Cannot publish: image “trench.jpg” records where it was taken/);
    expect(await revisionNumbers(app, documentId)).toEqual([]);
  });

  it('keep-location records who kept it and when; the file keeps its position', async () => {
    const before = Date.now();
    const res = await app.http().post(`${MEDIA}/${hero}/keep-location`).set(bearer(admin));
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: hero, locationDecision: 'kept', locationDecidedBy: 'Desk Editor' });
    expect(res.body.data.gps.latitude).toBeCloseTo(48.28, 2);
    expect(Date.parse(res.body.data.locationDecidedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect((await app.http().get(`${MEDIA}/${hero}/metadata`).set(bearer(admin))).body.data).toMatchObject({ locationDecision: 'kept', locationDecidedBy: 'Desk Editor' });
    expect((await gpsOnDisk(hero))?.latitude).toBeCloseTo(48.28, 2);

    // Only the undecided photo is still in the way.
    const refused = await publish(documentId);
    expect(refused.status).toBe(400);
    expect(issuesOf(refused)).toEqual([{ path: 'body.0.image', message: 'image “checkpoint.jpg” records where it was taken: keep or strip the location' }]);
  });

  it('strip-location rewrites the file without its position and records the decision; then the piece publishes', async () => {
    const res = await app.http().post(`${MEDIA}/${inBody}/strip-location`).set(bearer(admin));
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ id: inBody, gps: null, locationDecision: 'stripped', locationDecidedBy: 'Desk Editor' });
    expect(await gpsOnDisk(inBody)).toBeNull();
    const after = (await app.http().get(`${MEDIA}/${inBody}/metadata`).set(bearer(admin))).body.data;
    // The credit read at upload survives the rewrite, for prefilling.
    expect(after).toMatchObject({ gps: null, locationDecision: 'stripped', credit: 'Libkos/Getty Images' });
    // A stripped position cannot be kept any more.
    const keep = await app.http().post(`${MEDIA}/${inBody}/keep-location`).set(bearer(admin));
    expect(keep.status).toBe(400);
    expect(keep.body.error.details.errors).toEqual([expect.objectContaining({ path: ['id'], message: 'records no location to keep' })]);

    const published = await publish(documentId);
    expect(published.status).toBe(200);
    expect(await revisionNumbers(app, documentId)).toEqual([1]);
  });
});

describe('a photo without a GPS position', () => {
  it('is recorded as having none, never blocks a publish, and has no location to keep', async () => {
    const plain = await upload('plain.jpg', false);
    const meta = await app.http().get(`${MEDIA}/${plain}/metadata`).set(bearer(admin));
    expect(meta.body.data).toMatchObject({ gps: null, locationDecision: 'none', credit: 'Libkos/Getty Images' });
    const documentId = await createExplainer(plain, plain);
    const res = await publish(documentId);
    expect(res.status).toBe(200);
    expect(issuesOf(res)).toEqual([]);
    const keep = await app.http().post(`${MEDIA}/${plain}/keep-location`).set(bearer(admin));
    expect(keep.status).toBe(400);
    expect(keep.body.error.details.errors[0].path).toEqual(['id']);
  });

  it('an uncredited photo is still refused as before, alongside a pending position', async () => {
    const pending = await upload('roadside.jpg', true);
    const plain = await upload('plain-2.jpg', false);
    const documentId = await createExplainer(pending, plain);
    // A row damaged outside the plugin's write checks: the publish gate still lists it.
    await app.strapi.db.connection('components_conflict_explainer_credited_images').where({ id: (await componentIdsOf(documentId))[1] }).update({ credit: '' });
    const res = await publish(documentId);
    expect(res.status).toBe(400);
    expect(issuesOf(res)).toEqual([
      { path: 'heroImage.image', message: 'image “roadside.jpg” records where it was taken: keep or strip the location' },
      { path: 'body.0.credit', message: 'image “plain-2.jpg” has no credit' },
    ]);
  });
});

/** The draft's credited-image component ids: hero first, then the body's. */
const componentIdsOf = async (documentId: string): Promise<number[]> => {
  const draft: any = await app.strapi.documents(EXPLAINER as any).findOne({ documentId, status: 'draft', populate: { heroImage: true, body: true } } as any);
  return [draft.heroImage.id, ...draft.body.filter((b: any) => b.__component === IMAGE).map((b: any) => b.id)];
};

describe('the location routes', () => {
  it('bad ids are 400 naming the field, unknown files 404', async () => {
    for (const action of ['keep-location', 'strip-location']) {
      const bad = await app.http().post(`${MEDIA}/abc/${action}`).set(bearer(admin));
      expect(bad.status).toBe(400);
      expect(bad.body.error.details.errors[0].path).toEqual(['id']);
      expect((await app.http().post(`${MEDIA}/999999/${action}`).set(bearer(admin))).status).toBe(404);
    }
  });

  it('need the right to update media; reading metadata needs only the right to read it', async () => {
    const file = await upload('reader.jpg', true);
    const reader = await editorWithPermissions(app, admin, ['plugin::upload.read']);
    expect((await app.http().get(`${MEDIA}/${file}/metadata`).set(bearer(reader))).status).toBe(200);
    expect((await app.http().post(`${MEDIA}/${file}/keep-location`).set(bearer(reader))).status).toBe(403);
    expect((await app.http().post(`${MEDIA}/${file}/strip-location`).set(bearer(reader))).status).toBe(403);
    expect((await app.http().get(`${MEDIA}/${file}/metadata`).set(bearer(admin))).body.data.locationDecision).toBe('pending');
    expect((await app.http().post(`${MEDIA}/${file}/keep-location`))).toMatchObject({ status: 401 });
  });
});

describe('the credit is a custom field of type string', () => {
  it('is a string with its limits for Strapi, and names its custom field for the admin', async () => {
    const credit = (app.strapi.components as any)[IMAGE].attributes.credit;
    expect(credit).toMatchObject({ type: 'string', customField: 'plugin::conflict-explainer.image-credit', required: true, maxLength: 300 });
    const res = await app.http().get('/content-manager/components').set(bearer(admin));
    const component = res.body.data.find((c: any) => c.uid === IMAGE);
    expect(component.attributes.credit).toMatchObject({ customField: 'plugin::conflict-explainer.image-credit', required: true, maxLength: 300 });
  });

  it('a credit over 300 characters or a blank one is refused, naming the field', async () => {
    const plain = await upload('long-credit.jpg', false);
    for (const credit of ['x'.repeat(301), '   ']) {
      const res = await app
        .http()
        .post(`${CM}/${EXPLAINER}`)
        .set(bearer(admin))
        .send({ title: 'Credit check', slug: `credit-check-${Date.now()}`, situationStatus: 'developing', heroImage: image(plain, credit) });
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain('heroImage.credit');
    }
  });

  it('is stored as typed and reaches the public snapshot unchanged', async () => {
    const plain = await upload('snapshot.jpg', false);
    const res = await app
      .http()
      .post(`${CM}/${EXPLAINER}`)
      .set(bearer(admin))
      .send({ title: 'Credit snapshot', slug: 'credit-snapshot', situationStatus: 'developing', heroImage: image(plain, 'Staff photographer / Kyiv desk') });
    expect(res.status).toBe(201);
    expect(res.body.data.heroImage.credit).toBe('Staff photographer / Kyiv desk');
    expect((await publish(res.body.data.documentId)).status).toBe(200);
    const snapshot = (await app.http().get('/api/conflict-explainer/explainers/credit-snapshot')).body;
    expect(snapshot.content.heroImage.credit).toBe('Staff photographer / Kyiv desk');
    expect(snapshot.jsonLd['@graph'][0].image[0].creditText).toBe('Staff photographer / Kyiv desk');
  });
});
