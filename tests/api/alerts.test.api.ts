import { bearer, editorWithPermissions, registerSuperAdmin, type AdminSession } from '../helpers/admin';
import { startAlertReceiver, type AlertReceiver } from '../helpers/alert-receiver';
import { CLAIM, pokrovskDocumentId } from '../helpers/explainer';
import { eventually, TEST_SECRET } from '../helpers/site';
import { startStrapi, type TestApp } from '../helpers/strapi';

/** Alerts: one per event (a claim past its due time, a dead delivery), signed and retried through the outbox. */
const ALERTS = '/conflict-explainer/alerts';
const HOUR = 3600_000;
const INTERNAL_NOTE = 'INTERNAL-NOTE-never-in-an-alert';

let app: TestApp;
let admin: AdminSession;
let receiver: AlertReceiver;
let documentId: string;
let claims: { id: number; documentId: string; statement: string }[];

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const setClaim = (id: number, data: object) => app.strapi.db.query(CLAIM as any).update({ where: { id }, data });
/** A verification that makes a disputed claim (12 h policy) due `ms` from now. */
const verifiedSoDueIn = (ms: number) => new Date(Date.now() - 12 * HOUR + ms);
const alertsOf = (kind: string) => receiver.accepted().filter((post) => post.body.kind === kind);

beforeAll(async () => {
  Object.assign(process.env, {
    CE_ALERT_SCAN_MS: '200',
    CE_SYNC_POLL_MS: '100',
    CE_RETRY_BASE_MS: '100',
    CE_RETRY_MAX_MS: '400',
    CE_RECHECK_HOURS: JSON.stringify({ developing: { disputed: 12 } }),
  });
  receiver = await startAlertReceiver(TEST_SECRET);
  app = await startStrapi();
  admin = await registerSuperAdmin(app);
  documentId = await pokrovskDocumentId(app);
  claims = await app.strapi.db.query(CLAIM as any).findMany({ select: ['id', 'documentId', 'statement'], orderBy: { id: 'asc' } });
  await app.strapi.db.query(CLAIM as any).updateMany({ where: {}, data: { lastVerifiedAt: new Date(), claimStatus: 'unverified', internalNote: INTERNAL_NOTE } });
});
afterAll(async () => {
  await app?.stop();
  await receiver?.stop();
  for (const key of ['CE_ALERT_SCAN_MS', 'CE_SYNC_POLL_MS', 'CE_RETRY_BASE_MS', 'CE_RETRY_MAX_MS', 'CE_RECHECK_HOURS']) delete process.env[key];
});

describe('the alert target (settings)', () => {
  it('refuses a bad URL or a missing secret, naming the field, and stores nothing', async () => {
    expect((await app.http().get(`${ALERTS}/target`).set(bearer(admin))).body).toEqual({ data: null });
    const noSecret = await app.http().put(`${ALERTS}/target`).set(bearer(admin)).send({ url: receiver.url });
    expect(noSecret.status).toBe(400);
    expect(noSecret.body.error.details.errors.map((e: any) => e.path)).toEqual([['secret']]);
    const badUrl = await app.http().put(`${ALERTS}/target`).set(bearer(admin)).send({ url: 'javascript:alert(1)', secret: TEST_SECRET });
    expect(badUrl.status).toBe(400);
    expect(badUrl.body.error.details.errors[0].path).toEqual(['url']);
    const unknown = await app.http().put(`${ALERTS}/target`).set(bearer(admin)).send({ url: receiver.url, secret: TEST_SECRET, channel: '#desk' });
    expect(unknown.status).toBe(400);
    expect((await app.http().get(`${ALERTS}/target`).set(bearer(admin))).body).toEqual({ data: null });
  });

  it('keeps the secret write-only and encrypted, apart from the sync targets', async () => {
    const res = await app.http().put(`${ALERTS}/target`).set(bearer(admin)).send({ url: receiver.url, secret: TEST_SECRET });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ url: receiver.url, enabled: true, hasSecret: true });
    const secretBody = TEST_SECRET.slice(6);
    expect(JSON.stringify(res.body)).not.toContain(secretBody);
    expect(JSON.stringify((await app.http().get(`${ALERTS}/target`).set(bearer(admin))).body)).not.toContain(secretBody);
    const row = await app.strapi.db.connection('conflict_explainer_sync_targets').where({ purpose: 'alert' }).first();
    expect(JSON.stringify(row)).not.toContain(secretBody);
    // Not a site: not listed, edited, removed or reconciled as one.
    expect((await app.http().get('/conflict-explainer/sync/targets').set(bearer(admin))).body.data).toEqual([]);
    expect((await app.http().put(`/conflict-explainer/sync/targets/${row.id}`).set(bearer(admin)).send({ name: 'x' })).status).toBe(404);
    expect((await app.http().delete(`/conflict-explainer/sync/targets/${row.id}`).set(bearer(admin))).status).toBe(404);
    // Changing the URL alone keeps the secret.
    const moved = await app.http().put(`${ALERTS}/target`).set(bearer(admin)).send({ url: receiver.url });
    expect(moved.body.data.hasSecret).toBe(true);
  });

  it('needs the plugin’s Settings permission', async () => {
    const desk = await editorWithPermissions(app, admin, ['plugin::conflict-explainer.claims.read', 'plugin::conflict-explainer.sync.manage']);
    expect((await app.http().get(`${ALERTS}/target`).set(bearer(desk))).status).toBe(403);
    expect((await app.http().put(`${ALERTS}/target`).set(bearer(desk)).send({ url: 'http://127.0.0.1:9/' })).status).toBe(403);
    const settings = await editorWithPermissions(app, admin, ['plugin::conflict-explainer.settings']);
    expect((await app.http().get(`${ALERTS}/target`).set(bearer(settings))).status).toBe(200);
  });
});

describe('a claim passing its due time', () => {
  it('sends exactly one signed alert, naming the claim and where to fix it, nothing internal', async () => {
    const claim = claims[0];
    await setClaim(claim.id, { claimStatus: 'disputed', lastVerifiedAt: verifiedSoDueIn(1200) });
    await eventually(() => alertsOf('claim-due').length > 0, 15000, 'the claim-due alert');
    await sleep(1500); // several scans later
    const alerts = alertsOf('claim-due');
    expect(alerts).toHaveLength(1);
    expect(receiver.posts.filter((post) => post.body.kind === 'claim-due')).toHaveLength(1);
    const [alert] = alerts;
    expect(alert.verified).toBe(true);
    expect(alert.body).toMatchObject({
      type: 'conflict-explainer.alert',
      deliveryId: alert.webhookId,
      kind: 'claim-due',
      claim: { documentId: claim.documentId, claimStatus: 'disputed', everyHours: 12, situation: 'developing' },
    });
    expect(alert.body.eventId).toMatch(new RegExp(`^claim-due:${claim.documentId}:`));
    expect(alert.body.text).toContain(claim.statement);
    expect(alert.body.link).toContain(`/plugins/conflict-explainer/claims?claim=${claim.documentId}&explainer=${documentId}`);
    expect(alert.raw).not.toContain(INTERNAL_NOTE);
    expect(alert.raw).not.toContain('internalNote');
  });

  it('a claim that fell due before the alert target was set is not alerted', async () => {
    await setClaim(claims[1].id, { claimStatus: 'disputed', lastVerifiedAt: new Date(Date.now() - 13 * HOUR) });
    await sleep(1000);
    expect(alertsOf('claim-due').map((alert) => alert.body.claim.documentId)).not.toContain(claims[1].documentId);
  });

  it('a new verification period that runs out is a new event: one more alert', async () => {
    const claim = claims[0];
    await setClaim(claim.id, { lastVerifiedAt: verifiedSoDueIn(800) });
    await eventually(() => alertsOf('claim-due').length === 2, 15000, 'the second period’s alert');
    await sleep(1000);
    const alerts = alertsOf('claim-due');
    expect(alerts).toHaveLength(2);
    expect(new Set(alerts.map((alert) => alert.body.eventId)).size).toBe(2);
  });
});

describe('a delivery going dead', () => {
  it('sends one alert per death, none for the retries; "Retry now" and a second death is a second alert', async () => {
    const site = await app.http().post('/conflict-explainer/sync/targets').set(bearer(admin)).send({ name: 'Closed site', url: 'http://127.0.0.1:9/hook', secret: TEST_SECRET, maxAttempts: 2 });
    expect(site.status).toBe(201);
    await app.strapi.documents('plugin::conflict-explainer.explainer' as any).update({ documentId, data: { standfirst: 'A publish nobody receives' } } as any);
    const publish = await app.http().post(`/conflict-explainer/explainers/${documentId}/publish`).set(bearer(admin)).send({ kind: 'update', publicNote: 'Sent to a closed port' });
    expect(publish.status).toBe(200);
    await eventually(() => alertsOf('delivery-dead').length > 0, 15000, 'the dead-delivery alert');
    await sleep(1500); // the dead delivery is probed meanwhile: still one event
    const [alert] = alertsOf('delivery-dead');
    expect(alertsOf('delivery-dead')).toHaveLength(1);
    expect(alert.body.delivery).toMatchObject({ targetName: 'Closed site', slug: 'pokrovsk', attempts: 2 });
    expect(alert.body.text).toContain('Closed site');
    expect(alert.body.link).toContain('/settings/conflict-explainer-sync?state=dead');
    expect(alert.raw).not.toContain(TEST_SECRET.slice(6));

    // "Retry now" (refused while a probe of the dead delivery is in flight, so asked until it is not).
    const retry = () => app.http().post(`/conflict-explainer/sync/deliveries/${alert.body.delivery.id}/retry`).set(bearer(admin));
    await eventually(async () => (await retry()).status === 200, 10000, 'Retry now to be accepted');
    await eventually(() => alertsOf('delivery-dead').length === 2, 15000, 'the second death’s alert');
    await app.http().delete(`/conflict-explainer/sync/targets/${site.body.data.id}`).set(bearer(admin));
  });
});

describe('delivery of the alerts', () => {
  it('a receiver that fails gets the same alert again (same webhook-id) until it answers, and keeps one', async () => {
    receiver.failWith(503);
    const before = receiver.posts.length;
    expect((await app.http().post(`${ALERTS}/test`).set(bearer(admin))).status).toBe(202);
    await eventually(() => receiver.posts.slice(before).filter((post) => post.body?.kind === 'test').length >= 2, 15000, 'retries of the test alert');
    receiver.failWith(null);
    await eventually(() => alertsOf('test').length === 1, 15000, 'the test alert delivered');
    const attempts = receiver.posts.slice(before).filter((post) => post.body?.kind === 'test');
    expect(new Set(attempts.map((post) => post.webhookId)).size).toBe(1);
    expect(new Set(attempts.map((post) => post.body.eventId)).size).toBe(1);
    // Shown with the sync deliveries, as an alert.
    const deliveries = (await app.http().get('/conflict-explainer/sync/deliveries?pageSize=100').set(bearer(admin))).body.data;
    expect(deliveries.find((d: any) => d.webhookId === attempts[0].webhookId)).toMatchObject({ kind: 'alert', targetName: 'Alerts', state: 'delivered' });
  });

  it('no alert target, no events recorded', async () => {
    const events = await app.strapi.db.query('plugin::conflict-explainer.alert-event' as any).count({});
    await app.http().put(`${ALERTS}/target`).set(bearer(admin)).send({ enabled: false });
    await setClaim(claims[2].id, { claimStatus: 'disputed', lastVerifiedAt: verifiedSoDueIn(200) });
    await sleep(1200);
    expect(await app.strapi.db.query('plugin::conflict-explainer.alert-event' as any).count({})).toBe(events);
  });
});
