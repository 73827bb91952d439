import { bearer, editorWithPermissions, registerSuperAdmin, type AdminSession } from '../helpers/admin';
import { CLAIM, EXPLAINER, pokrovskDocumentId } from '../helpers/explainer';
import { startStrapi, type TestApp } from '../helpers/strapi';

/** GET /conflict-explainer/needs-checking: the home page's due claims, old maps and failing deliveries. */
const MAP = 'plugin::conflict-explainer.map';
const DELIVERY = 'plugin::conflict-explainer.sync-delivery';
const TARGET = 'plugin::conflict-explainer.sync-target';
const HOUR = 3600_000;

let app: TestApp;
let admin: AdminSession;
let documentId: string;
let claims: { id: number; documentId: string }[];

const needsChecking = (session: AdminSession, query = '') => app.http().get(`/conflict-explainer/needs-checking${query}`).set(bearer(session));
const setClaim = (id: number, data: object) => app.strapi.db.query(CLAIM as any).update({ where: { id }, data });
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR);

beforeAll(async () => {
  process.env.CE_RECHECK_HOURS = JSON.stringify({ developing: { disputed: 12 } });
  process.env.CE_MAP_MAX_AGE_DAYS = '30';
  app = await startStrapi();
  admin = await registerSuperAdmin(app);
  documentId = await pokrovskDocumentId(app);
  claims = await app.strapi.db.query(CLAIM as any).findMany({ select: ['id', 'documentId'], orderBy: { id: 'asc' } });
  // A newsroom's morning: every claim checked an hour ago, unverified.
  await app.strapi.db.query(CLAIM as any).updateMany({ where: {}, data: { lastVerifiedAt: hoursAgo(1), claimStatus: 'unverified' } });
});
afterAll(async () => {
  await app?.stop();
  delete process.env.CE_RECHECK_HOURS;
  delete process.env.CE_MAP_MAX_AGE_DAYS;
});

describe('claims due for re-verification', () => {
  it('follows the per-status policy while the piece is developing, most overdue first, with the claims desk row', async () => {
    const [a, b, c, d] = claims;
    await setClaim(a.id, { claimStatus: 'disputed', lastVerifiedAt: hoursAgo(13) }); // 12 h policy: due 1 h ago
    await setClaim(b.id, { claimStatus: 'disputed', lastVerifiedAt: hoursAgo(11) }); // due in 1 h
    await setClaim(c.id, { claimStatus: 'corroborated', lastVerifiedAt: hoursAgo(13) }); // 48 h: not due
    await setClaim(d.id, { claimStatus: 'unverified', lastVerifiedAt: hoursAgo(30) }); // 6 h default: due 24 h ago
    const res = await needsChecking(admin);
    expect(res.status).toBe(200);
    const due = res.body.data.claims;
    expect(due.items.map((claim: any) => claim.documentId)).toEqual([d.documentId, a.documentId]);
    expect(due.total).toBe(2);
    expect(due.items[1]).toMatchObject({ claimStatus: 'disputed', everyHours: 12, situation: 'developing', explainer: { documentId } });
    expect(Date.parse(due.items[1].dueAt)).toBeCloseTo(Date.now() - HOUR, -5);
  });

  it('reads the settled policy once the piece is settled', async () => {
    await app.strapi.db.query(EXPLAINER as any).updateMany({ where: { documentId }, data: { situationStatus: 'settled' } });
    const due = (await needsChecking(admin)).body.data.claims;
    // Settled: disputed every 168 h, unverified every 72 h; neither is due now.
    expect(due).toEqual({ items: [], total: 0 });
    await app.strapi.db.query(EXPLAINER as any).updateMany({ where: { documentId }, data: { situationStatus: 'developing' } });
  });

  it('a re-verification takes the claim off the list', async () => {
    const [a, , , d] = claims;
    for (const claim of [a, d]) {
      const current = await app.strapi.db.query(CLAIM as any).findOne({ where: { id: claim.id } });
      const res = await app.http().post(`/conflict-explainer/claims/${claim.documentId}/verify`).set(bearer(admin)).send({ version: current.version });
      expect(res.status).toBe(200);
    }
    expect((await needsChecking(admin)).body.data.claims.total).toBe(0);
  });
});

describe('old maps', () => {
  it('lists maps whose "as of" is older than mapMaxAgeDays, oldest first, with their age', async () => {
    const maps = await app.strapi.db.query(MAP as any).findMany({ select: ['id', 'documentId', 'asOf'], orderBy: { id: 'asc' } });
    expect(maps.length).toBeGreaterThan(1);
    const today = new Date().toISOString().slice(0, 10);
    await app.strapi.db.query(MAP as any).update({ where: { id: maps[0].id }, data: { asOf: today } });
    await app.strapi.db.query(MAP as any).update({ where: { id: maps[1].id }, data: { asOf: new Date(Date.now() - 31 * 24 * HOUR).toISOString().slice(0, 10) } });
    const res = (await needsChecking(admin, '?list=maps')).body.data;
    expect(res.claims).toBeNull();
    expect(res.maps.maxAgeDays).toBe(30);
    const listed = res.maps.items.map((map: any) => map.documentId);
    expect(listed).not.toContain(maps[0].documentId);
    expect(listed).toContain(maps[1].documentId);
    expect(res.maps.total).toBe(maps.length - 1);
    expect(res.maps.items.find((map: any) => map.documentId === maps[1].documentId).ageDays).toBe(31);
    const ages = res.maps.items.map((map: any) => map.ageDays);
    expect([...ages].sort((x, y) => y - x)).toEqual(ages);
  });
});

describe('failing and dead deliveries', () => {
  it('lists retrying and dead deliveries with their target, not delivered or fresh ones', async () => {
    // A disabled target: the worker leaves these rows as they are.
    const target = await app.strapi.db.query(TARGET as any).create({ data: { name: 'Reference site', url: 'http://127.0.0.1:9/', enabled: false, payloadMode: 'snapshot', secretCiphertext: 'x' } });
    const base = { targetId: target.id, kind: 'revision', explainerDocumentId: documentId, slug: 'pokrovsk', attemptLog: [] };
    const later = new Date(Date.now() + 24 * HOUR);
    const row = (revisionNumber: number, data: object) =>
      app.strapi.db.query(DELIVERY as any).create({ data: { ...base, revisionNumber, webhookId: `msg_test_${revisionNumber}`, nextAttemptAt: later, ...data } });
    await row(1, { state: 'delivered', attempts: 1, deliveredAt: new Date() });
    const failing = await row(2, { state: 'pending', attempts: 3, lastError: 'HTTP 503', lastStatus: 503 });
    const dead = await row(3, { state: 'dead', attempts: 9, lastError: 'ECONNREFUSED' });
    await row(4, { state: 'pending', attempts: 0 });
    const res = (await needsChecking(admin, '?list=deliveries')).body.data.deliveries;
    expect(res.total).toBe(2);
    expect(res.items.map((d: any) => [d.id, d.state, d.targetName, d.revisionNumber, d.lastError])).toEqual([
      [failing.id, 'pending', 'Reference site', 2, 'HTTP 503'],
      [dead.id, 'dead', 'Reference site', 3, 'ECONNREFUSED'],
    ]);
  });
});

describe('permissions and input', () => {
  it('each list only to those who may act on it; nobody else gets the route', async () => {
    const desk = await editorWithPermissions(app, admin, ['plugin::conflict-explainer.claims.read']);
    const deskView = (await needsChecking(desk)).body.data;
    expect(deskView.claims).not.toBeNull();
    expect(deskView.maps).toBeNull();
    expect(deskView.deliveries).toBeNull();

    const sync = await editorWithPermissions(app, admin, ['plugin::conflict-explainer.sync.manage']);
    const syncView = (await needsChecking(sync)).body.data;
    expect([syncView.claims, syncView.maps, syncView.deliveries.total]).toEqual([null, null, 2]);
    // Asking for a list one may not see gives nothing, not an error.
    expect((await needsChecking(sync, '?list=claims')).body.data.claims).toBeNull();

    const maps = await editorWithPermissions(app, admin, [{ action: 'plugin::content-manager.explorer.read', subject: MAP }]);
    const mapsView = (await needsChecking(maps)).body.data;
    expect(mapsView.maps.total).toBeGreaterThan(0);
    expect(mapsView.claims).toBeNull();

    const revisionsOnly = await editorWithPermissions(app, admin, ['plugin::conflict-explainer.revisions.read']);
    expect((await needsChecking(revisionsOnly)).status).toBe(403);
    expect((await app.http().get('/conflict-explainer/needs-checking')).status).toBe(401);
  });

  it('an unknown list or filter is a 400 naming it', async () => {
    const badList = await needsChecking(admin, '?list=everything');
    expect(badList.status).toBe(400);
    expect(badList.body.error.details.errors[0].path).toEqual(['list']);
    const unknown = await needsChecking(admin, '?olderThan=3');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.errors[0].path).toEqual(['olderThan']);
  });
});

describe('editions', () => {
  it('a claim or map with a Ukrainian edition is listed once, in the default edition’s words', async () => {
    expect((await app.http().post('/i18n/locales').set(bearer(admin)).send({ code: 'uk', name: 'Ukrainian (uk)', isDefault: false })).status).toBe(200);
    const [a] = claims;
    const english = await app.strapi.db.query(CLAIM as any).findOne({ where: { id: a.id } });
    await app.strapi.documents(CLAIM as any).update({ documentId: a.documentId, locale: 'uk', data: { statement: 'Генштаб ЗСУ заперечив оточення.' } } as any);
    await app.strapi.db.query(CLAIM as any).updateMany({ where: { documentId: a.documentId }, data: { claimStatus: 'unverified', lastVerifiedAt: hoursAgo(30) } });
    const due = (await needsChecking(admin, '?list=claims')).body.data.claims;
    expect(due.items.filter((claim: any) => claim.documentId === a.documentId)).toEqual([expect.objectContaining({ statement: english.statement })]);

    const [map] = await app.strapi.db.query(MAP as any).findMany({ select: ['documentId', 'title'], where: { locale: 'en' }, orderBy: { id: 'asc' }, limit: 1 });
    await app.strapi.documents(MAP as any).update({ documentId: map.documentId, locale: 'uk', data: { title: 'Покровськ під атакою', sourceLine: 'Інститут вивчення війни', textDescription: 'Карта Покровська.' } } as any);
    await app.strapi.db.query(MAP as any).updateMany({ where: { documentId: map.documentId }, data: { asOf: '2020-01-01' } });
    const maps = (await needsChecking(admin, '?list=maps')).body.data.maps;
    expect(maps.items.filter((row: any) => row.documentId === map.documentId)).toEqual([expect.objectContaining({ title: map.title })]);
    expect(maps.total).toBe(new Set(maps.items.map((row: any) => row.documentId)).size);
  });
});
