import sharp from 'sharp';
import { bearer, createApiToken, editorWithPermissions, registerSuperAdmin, userWithStockRole, type AdminSession } from '../helpers/admin';
import { allKeys } from '../helpers/explainer';
import { TEST_SECRET } from '../helpers/site';
import { startStrapi, type TestApp } from '../helpers/strapi';

const PLUGIN = 'plugin::conflict-explainer';
const INTERNAL_MODELS = ['sync-target', 'sync-delivery', 'revision', 'publication', 'activity', 'claim-status-event', 'map-version', 'image-metadata'];
const SQUARE = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { type: 'control-contested', name: 'Area' }, geometry: { type: 'Polygon', coordinates: [[[37, 48], [37.1, 48], [37.1, 48.1], [37, 48]]] } }] };

/** A photo whose EXIF records where it was taken. */
const photoWithGps = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: '#777' } })
    .jpeg()
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 16/1 48/1', GPSLongitudeRef: 'E', GPSLongitude: '37/1 10/1 48/1' } })
    .toBuffer();

const upload = async (app: TestApp, session: AdminSession, filename: string): Promise<number> => {
  const res = await app.http().post('/upload').set(bearer(session)).attach('files', await photoWithGps(), { filename, contentType: 'image/jpeg' });
  if (res.status !== 201) throw new Error(`upload: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body[0].id;
};

describe('with the default configuration', () => {
  let app: TestApp;
  let admin: AdminSession;
  let author: AdminSession;
  let editor: AdminSession;

  beforeAll(async () => {
    app = await startStrapi();
    admin = await registerSuperAdmin(app);
    author = await userWithStockRole(app, admin, 'strapi-author');
    editor = await userWithStockRole(app, admin, 'strapi-editor');
  });
  afterAll(async () => app?.stop());

  describe('map validation needs the map permission', () => {
    const validate = (session: AdminSession) => app.http().post('/conflict-explainer/maps/validate').set(bearer(session)).send({ geojson: SQUARE });

    it('refuses an admin whose role holds no map permission, before any work', async () => {
      expect((await validate(await editorWithPermissions(app, admin, []))).status).toBe(403);
      expect((await validate(await editorWithPermissions(app, admin, [`${PLUGIN}.claims.read`]))).status).toBe(403);
      expect((await app.http().post('/conflict-explainer/maps/validate').send({ geojson: SQUARE })).status).toBe(401);
    });

    it('answers whoever may edit maps in the Content Manager', async () => {
      const mapEditor = await editorWithPermissions(app, admin, [{ action: 'plugin::content-manager.explorer.update', subject: `${PLUGIN}.map` }]);
      for (const session of [mapEditor, editor, admin]) {
        const res = await validate(session);
        expect(res.status).toBe(200);
        expect(res.body.data.valid).toBe(true);
      }
    });
  });

  describe('image location routes honour "own files only"', () => {
    let adminsPhoto: number;
    let authorsPhoto: number;
    const decisionOf = async (fileId: number) =>
      (await app.strapi.db.query(`${PLUGIN}.image-metadata`).findOne({ where: { fileId } }))?.locationDecision;

    beforeAll(async () => {
      adminsPhoto = await upload(app, admin, 'admins-photo.jpg');
      authorsPhoto = await upload(app, author, 'authors-photo.jpg');
    });

    it('an Author gets 403 for another’s file, as from Strapi’s own file route, and nothing changes', async () => {
      expect((await app.http().get(`/upload/files/${adminsPhoto}`).set(bearer(author))).status).toBe(403);
      const read = await app.http().get(`/conflict-explainer/media/${adminsPhoto}/metadata`).set(bearer(author));
      expect(read.status).toBe(403);
      expect(JSON.stringify(read.body)).not.toMatch(/latitude|48\.28/);
      expect(read.body.error).toMatchObject({ status: 403, name: 'ForbiddenError' });
      for (const decision of ['keep-location', 'strip-location']) {
        const res = await app.http().post(`/conflict-explainer/media/${adminsPhoto}/${decision}`).set(bearer(author));
        expect(res.status).toBe(403);
      }
      expect(await decisionOf(adminsPhoto)).toBe('pending');
    });

    it('an Author reads and decides on its own files', async () => {
      const read = await app.http().get(`/conflict-explainer/media/${authorsPhoto}/metadata`).set(bearer(author));
      expect(read.status).toBe(200);
      expect(read.body.data.gps.latitude).toBeCloseTo(48.28, 2);
      expect((await app.http().post(`/conflict-explainer/media/${authorsPhoto}/keep-location`).set(bearer(author))).status).toBe(200);
      expect(await decisionOf(authorsPhoto)).toBe('kept');
      expect((await app.http().post(`/conflict-explainer/media/${authorsPhoto}/strip-location`).set(bearer(author))).status).toBe(200);
      expect(await decisionOf(authorsPhoto)).toBe('stripped');
    });

    it('an Editor may read and decide on anyone’s files', async () => {
      const read = await app.http().get(`/conflict-explainer/media/${adminsPhoto}/metadata`).set(bearer(editor));
      expect(read.status).toBe(200);
      expect(read.body.data.locationDecision).toBe('pending');
      expect((await app.http().post(`/conflict-explainer/media/${adminsPhoto}/keep-location`).set(bearer(editor))).status).toBe(200);
      expect(await decisionOf(adminsPhoto)).toBe('kept');
    });

    it('an unknown file is still 404 and a bad id 400', async () => {
      expect((await app.http().get('/conflict-explainer/media/999999/metadata').set(bearer(editor))).status).toBe(404);
      expect((await app.http().post('/conflict-explainer/media/abc/keep-location').set(bearer(editor))).status).toBe(400);
    });
  });

  describe('conditions on the plugin’s own actions are judged on the document', () => {
    it('"Read revisions" and "Read claims" limited to what the user created', async () => {
      const onlyOwn = (action: string) => ({ action: `${PLUGIN}.${action}`, conditions: ['admin::is-creator'] });
      const ownDesk = await editorWithPermissions(app, admin, [onlyOwn('revisions.read'), onlyOwn('claims.read')]);
      const explainer = await app.strapi.db.query(`${PLUGIN}.explainer`).findOne({ where: { slug: 'pokrovsk' } });
      const claim = await app.strapi.db.query(`${PLUGIN}.claim`).findOne({ where: {} });
      const reads = [`/conflict-explainer/explainers/${explainer.documentId}/revisions`, `/conflict-explainer/explainers/${explainer.documentId}/activities`, `/conflict-explainer/claims/${claim.documentId}`];
      const statuses = async (session: AdminSession) => Promise.all(reads.map(async (path) => (await app.http().get(path).set(bearer(session))).status));
      const listed = async (session: AdminSession) =>
        (await app.http().get('/conflict-explainer/explainers').set(bearer(session))).body.data.map((row: { documentId: string }) => row.documentId);
      const deskRows = async (session: AdminSession) => {
        const res = await app.http().get(`/conflict-explainer/claims?explainer=${explainer.documentId}&pageSize=100`).set(bearer(session));
        expect(res.status).toBe(200);
        return { ids: res.body.data.map((row: { documentId: string }) => row.documentId), total: res.body.meta.pagination.total };
      };

      expect(await statuses(ownDesk)).toEqual([403, 403, 403]);
      expect(await listed(ownDesk)).not.toContain(explainer.documentId);
      expect(await deskRows(ownDesk)).toEqual({ ids: [], total: 0 });
      const wholeDesk = await editorWithPermissions(app, admin, [`${PLUGIN}.revisions.read`, `${PLUGIN}.claims.read`]);
      expect(await statuses(wholeDesk)).toEqual([200, 200, 200]);
      expect(await listed(wholeDesk)).toContain(explainer.documentId);
      const everyClaim = await deskRows(wholeDesk);
      expect(everyClaim.total).toBeGreaterThan(1);
      expect(everyClaim.ids).toContain(claim.documentId);

      // The same documents, as if this user had created them.
      await app.strapi.db.query(`${PLUGIN}.explainer`).updateMany({ where: { documentId: explainer.documentId }, data: { createdBy: ownDesk.user.id } });
      await app.strapi.db.query(`${PLUGIN}.claim`).update({ where: { id: claim.id }, data: { createdBy: ownDesk.user.id } });
      expect(await statuses(ownDesk)).toEqual([200, 200, 200]);
      expect(await listed(ownDesk)).toEqual([explainer.documentId]);
      // The desk lists that one claim, and counts only it.
      expect(await deskRows(ownDesk)).toEqual({ ids: [claim.documentId], total: 1 });
    });
  });

  describe('the plugin’s internal models stay out of the Content Manager', () => {
    beforeAll(async () => {
      const target = await app.http().post('/conflict-explainer/sync/targets').set(bearer(admin)).send({ name: 'Site', url: 'http://127.0.0.1:9/hook', secret: TEST_SECRET });
      expect(target.status).toBe(201);
    });

    it('refuses to list, read or create them, even for a super admin', async () => {
      for (const model of INTERNAL_MODELS) {
        const list = await app.http().get(`/content-manager/collection-types/${PLUGIN}.${model}`).set(bearer(admin));
        expect([list.status, model]).toEqual([403, model]);
        expect(list.body.data).toBeNull();
      }
      const target = await app.strapi.db.query(`${PLUGIN}.sync-target`).findOne({ where: { name: 'Site' } });
      const one = await app.http().get(`/content-manager/collection-types/${PLUGIN}.sync-target/${target.documentId}`).set(bearer(admin));
      expect(one.status).toBe(403);
      const created = await app.http().post(`/content-manager/collection-types/${PLUGIN}.sync-target`).set(bearer(admin)).send({ name: 'x', url: 'http://127.0.0.1:9', secretCiphertext: 'x' });
      expect(created.status).toBe(403);
      expect(await app.strapi.db.query(`${PLUGIN}.sync-target`).count()).toBe(1);
    });

    it('lists them as not displayed, and names the editable ones apart from an app’s own types', async () => {
      const res = await app.http().get('/content-manager/content-types').set(bearer(admin));
      expect(res.status).toBe(200);
      const ours = new Map<string, { isDisplayed: boolean; info: { displayName: string } }>(
        res.body.data.filter((type: { uid: string }) => type.uid.startsWith(`${PLUGIN}.`)).map((type: any) => [type.uid.slice(PLUGIN.length + 1), type])
      );
      for (const model of INTERNAL_MODELS) expect([model, ours.get(model)?.isDisplayed]).toEqual([model, false]);
      const names = Object.fromEntries(['explainer', 'claim', 'actor', 'map'].map((model) => [model, ours.get(model)?.isDisplayed && ours.get(model)?.info.displayName]));
      expect(names).toEqual({ explainer: 'Explainer article', claim: 'Explainer claim', actor: 'Explainer actor', map: 'Explainer map' });
    });

    it('no admin route returns the signing secret, encrypted or plain', async () => {
      const paths = ['/conflict-explainer/sync/targets', '/conflict-explainer/sync/deliveries', `/content-manager/collection-types/${PLUGIN}.sync-target`, '/content-manager/content-types'];
      const responses = await Promise.all(paths.map((path) => app.http().get(path).set(bearer(admin))));
      const cipher = (await app.strapi.db.query(`${PLUGIN}.sync-target`).findOne({ where: { name: 'Site' } })).secretCiphertext;
      const leaks = responses.map((res, index) => ({
        path: paths[index],
        cipher: res.text.includes(cipher),
        secret: res.text.includes(TEST_SECRET),
        // The content-types list describes the schema (the attribute's name), never a value.
        field: index < 3 && res.text.includes('secretCiphertext'),
      }));
      expect(leaks).toEqual(paths.map((path) => ({ path, cipher: false, secret: false, field: false })));
      expect(responses[0].body.data[0]).toMatchObject({ name: 'Site', hasSecret: true });
    });
  });

  describe('the content API never shows which admin edited a claim', () => {
    beforeAll(async () => {
      // What a desk save leaves on every claim.
      await app.strapi.db.query(`${PLUGIN}.claim`).updateMany({ where: {}, data: { lastEditedBy: 'Desk Editor' } });
    });

    it.each(['read-only', 'full-access'] as const)('with a %s token, populated or not', async (type) => {
      const token = await createApiToken(app, admin, type);
      for (const path of ['/api/conflict-explainer/manage/claims', '/api/conflict-explainer/manage/claims?populate=*', '/api/conflict-explainer/manage/explainers?populate[claims]=true', '/api/conflict-explainer/manage/explainers?populate=*', '/api/conflict-explainer/manage/actors?populate=*']) {
        const res = await app.http().get(path).set('Authorization', `Bearer ${token}`);
        expect([path, res.status]).toEqual([path, 200]);
        expect(res.body.data.length).toBeGreaterThan(0);
        expect(['lastEditedBy', 'createdBy', 'updatedBy'].filter((key) => allKeys(res.body).has(key))).toEqual([]);
        expect(res.text).not.toContain('Desk Editor');
      }
    });

    it('the claims desk and the Content Manager still show it to editors', async () => {
      const claim = await app.strapi.db.query(`${PLUGIN}.claim`).findOne({ where: {} });
      const desk = await app.http().get(`/conflict-explainer/claims/${claim.documentId}`).set(bearer(admin));
      expect(desk.body.data.lastEditedBy).toBe('Desk Editor');
      const cm = await app.http().get(`/content-manager/collection-types/${PLUGIN}.claim/${claim.documentId}`).set(bearer(admin));
      expect(cm.body.data.lastEditedBy).toBe('Desk Editor');
    });
  });
});

describe('an app that names the plugin’s types and shows editors’ names', () => {
  let app: TestApp;
  let admin: AdminSession;

  beforeAll(async () => {
    process.env.CE_CONTENT_TYPE_NAMES = JSON.stringify({ claim: 'Claim', map: 'Situation map' });
    process.env.CE_EDITOR_NAMES_IN_API = 'true';
    try {
      app = await startStrapi({ seed: true });
    } finally {
      delete process.env.CE_CONTENT_TYPE_NAMES;
      delete process.env.CE_EDITOR_NAMES_IN_API;
    }
    admin = await registerSuperAdmin(app);
  });
  afterAll(async () => app?.stop());

  it('the Content Manager uses the configured names, defaults for the rest', async () => {
    const res = await app.http().get('/content-manager/content-types').set(bearer(admin));
    const nameOf = (model: string) => res.body.data.find((type: { uid: string }) => type.uid === `${PLUGIN}.${model}`).info.displayName;
    expect(['explainer', 'claim', 'actor', 'map'].map(nameOf)).toEqual(['Explainer article', 'Claim', 'Explainer actor', 'Situation map']);
  });

  it('API-token holders see who last edited a claim', async () => {
    await app.strapi.db.query(`${PLUGIN}.claim`).updateMany({ where: {}, data: { lastEditedBy: 'Desk Editor' } });
    const token = await createApiToken(app, admin, 'read-only');
    const res = await app.http().get('/api/conflict-explainer/manage/claims').set('Authorization', `Bearer ${token}`);
    expect(res.status).toBe(200);
    expect(res.body.data[0].lastEditedBy).toBe('Desk Editor');
  });
});
