import { bearer, registerSuperAdmin, type AdminSession } from '../helpers/admin';
import { pokrovskDocumentId } from '../helpers/explainer';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * Input that once stalled the server or slipped through: an outline that crosses itself thousands of
 * times, look-alike actors, every offending field at once, and request ids for support.
 */
let app: TestApp;
let admin: AdminSession;
let explainer: string;

beforeAll(async () => {
  app = await startStrapi();
  admin = await registerSuperAdmin(app);
  explainer = await pokrovskDocumentId(app);
});
afterAll(async () => app?.stop());

const MAP = 'plugin::conflict-explainer.map';
const ACTOR = 'plugin::conflict-explainer.actor';

/** A closed star of `points` positions (5 decimals), each edge jumping almost halfway round: it crosses itself everywhere. */
const star = (points: number) =>
  Array.from({ length: points + 1 }, (_, i) => {
    const angle = (2 * Math.PI * ((i * Math.floor(points / 2)) % points)) / points;
    return [37.2 + 0.2 * Math.cos(angle), 48.3 + 0.2 * Math.sin(angle)].map((n) => Math.round(n * 1e5) / 1e5);
  });

const starMap = () => ({
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { type: 'settlement', name: 'Pokrovsk' }, geometry: { type: 'Point', coordinates: [37.18, 48.28] } },
    { type: 'Feature', properties: { type: 'control-contested', name: 'Contested star' }, geometry: { type: 'Polygon', coordinates: [star(6001)] } },
  ],
});

describe('a 6,001-point self-crossing outline', () => {
  it('is refused by the validation endpoint, naming the feature, and the server keeps answering', async () => {
    const res = await app.http().post('/conflict-explainer/maps/validate').set(bearer(admin)).send({ geojson: starMap() });
    expect(res.status).toBe(200);
    expect(res.body.data.valid).toBe(false);
    expect(res.body.data.issues).toHaveLength(1);
    expect(res.body.data.issues[0].path).toEqual(['geojson', 'features', 1, 'geometry', 'coordinates']);
    expect(res.body.data.issues[0].message).toMatch(/“Contested star” crosses itself/);
    expect((await app.http().get('/api/conflict-explainer/explainers/pokrovsk')).status).toBe(200);
  });

  it('is refused on save with a 400 naming the feature, and nothing is saved', async () => {
    const before = await app.strapi.db.query(MAP as any).count();
    const res = await app
      .http()
      .post(`/content-manager/collection-types/${MAP}`)
      .set(bearer(admin))
      .send({ title: 'Star', sourceLine: 'Source: test', asOf: '2025-01-01', textDescription: 'A star.', geojson: starMap() });
    expect(res.status).toBe(400);
    const error = res.body.error.details.errors.find((e: any) => e.path.join('.') === 'geojson.features.1.geometry.coordinates');
    expect(error.message).toMatch(/“Contested star” crosses itself/);
    expect(await app.strapi.db.query(MAP as any).count()).toBe(before);
  });
});

describe('look-alike actors', () => {
  const name = 'Russian Ministry оf Defence'; // the "о" of "оf" is Cyrillic

  it('a Cyrillic look-alike of an existing actor is refused, naming the existing actor', async () => {
    const existing = await app.strapi.db.query(ACTOR as any).findOne({ where: { name: 'Russian Ministry of Defence' } }); // seeded
    for (const [route, body] of [
      ['/conflict-explainer/actors', { name, kind: 'government', side: 'russia' }],
      ['/conflict-explainer/claims', { explainer, statement: 'A claim.', newActor: { name, kind: 'government', side: 'russia' } }],
      [`/content-manager/collection-types/${ACTOR}`, { name, kind: 'government', side: 'russia' }],
    ] as const) {
      const res = await app.http().post(route).set(bearer(admin)).send(body);
      expect([route, res.status]).toEqual([route, 400]);
      expect(res.body.error.details.errors[0].message).toContain('“Russian Ministry of Defence”');
      expect(res.body.error.details.errors[0].message).toContain(existing.documentId);
    }
    expect(await app.strapi.db.query(ACTOR as any).count({ where: { name } })).toBe(0);
  });

  it('is created when the editor confirms it is a different actor', async () => {
    const res = await app.http().post('/conflict-explainer/actors').set(bearer(admin)).send({ name, kind: 'government', side: 'russia', confirmLookalike: true });
    expect(res.status).toBe(201);
    expect(res.body.data.name).toBe(name);
    expect(res.body.data).not.toHaveProperty('confirmLookalike');
  });
});

describe('validation answers every offending field at once', () => {
  it('a claim with a bad URL and no claimant lists both, the first in the message', async () => {
    const res = await app.http().post('/conflict-explainer/claims').set(bearer(admin)).send({ explainer, statement: 'A claim.', sourceUrl: 'not a url' });
    expect(res.status).toBe(400);
    const paths = res.body.error.details.errors.map((e: any) => e.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['sourceUrl', 'claimant']));
    expect(res.body.error.message).toContain(res.body.error.details.errors[0].message);
  });

  it('the Content Manager does the same for a claim', async () => {
    const res = await app
      .http()
      .post('/content-manager/collection-types/plugin::conflict-explainer.claim')
      .set(bearer(admin))
      .send({ statement: 'A claim.', claimStatus: 'unverified', medium: 'statement', sourceUrl: 'javascript:alert(1)' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(expect.arrayContaining(['sourceUrl', 'claimant']));
  });
});

describe('request ids', () => {
  // (The readers' cached hot path answers before Koa, without one.)
  it('every answer through Strapi carries an x-request-id, a caller’s own one is kept', async () => {
    const mine = await app.http().get('/conflict-explainer/claims?pageSize=1').set(bearer(admin)).set('x-request-id', 'reader-report-42');
    expect(mine.headers['x-request-id']).toBe('reader-report-42');
    const assigned = await app.http().get('/conflict-explainer/claims?pageSize=1').set(bearer(admin)).set('x-request-id', 'bad id with spaces');
    expect(assigned.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});
