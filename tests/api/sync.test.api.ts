import { Webhook } from 'standardwebhooks';
import { bearer, type AdminSession } from '../helpers/admin';
import { allKeys, editDraft, INTERNAL_KEYS, pokrovskDocumentId } from '../helpers/explainer';
import { eventually, TEST_SECRET, type RunningSite } from '../helpers/site';
import type { TestApp } from '../helpers/strapi';
import { startSyncedApp, type SyncedApp } from '../helpers/synced-app';

const SYNC = '/conflict-explainer/sync';

let app: TestApp;
let admin: AdminSession;
let site: RunningSite;
let synced: SyncedApp | undefined;
let documentId: string;
let targetId: number;

beforeAll(async () => {
  synced = await startSyncedApp({ retryBaseMs: 100, retryMaxMs: 400, pollMs: 100 });
  ({ app, admin, site } = synced);
  documentId = await pokrovskDocumentId(app);
});
afterAll(async () => {
  await synced?.stop();
});

const publish = (publicNote: string) =>
  app.http().post(`/conflict-explainer/explainers/${documentId}/publish`).set(bearer(admin)).send({ kind: 'update', publicNote });
const deliveries = async (query = '') => (await app.http().get(`${SYNC}/deliveries?pageSize=100${query}`).set(bearer(admin))).body.data;
const latestRevision = async () => (await app.http().get(`/api/conflict-explainer/explainers/pokrovsk`)).body.revision.number as number;

describe('sync targets', () => {
  it('refuses a bad URL or secret, naming the field, and stores nothing', async () => {
    const badUrl = await app.http().post(`${SYNC}/targets`).set(bearer(admin)).send({ name: 'Site', url: 'ftp://example', secret: TEST_SECRET });
    expect(badUrl.status).toBe(400);
    expect(badUrl.body.error.details.errors[0].path).toEqual(['url']);
    const badSecret = await app.http().post(`${SYNC}/targets`).set(bearer(admin)).send({ name: 'Site', url: site.webhookUrl, secret: 'short' });
    expect(badSecret.status).toBe(400);
    expect(badSecret.body.error.details.errors[0].path).toEqual(['secret']);
    expect((await app.http().get(`${SYNC}/targets`).set(bearer(admin))).body.data).toEqual([]);
  });

  it('keeps the secret write-only and encrypted at rest', async () => {
    const res = await app.http().post(`${SYNC}/targets`).set(bearer(admin)).send({ name: 'Reference site', url: site.webhookUrl, secret: TEST_SECRET, maxAttempts: 4 });
    expect(res.status).toBe(201);
    targetId = res.body.data.id;
    expect(res.body.data).toMatchObject({ name: 'Reference site', hasSecret: true, enabled: true });
    const secretBody = TEST_SECRET.slice(6);
    expect(JSON.stringify(res.body)).not.toContain(secretBody);
    const list = await app.http().get(`${SYNC}/targets`).set(bearer(admin));
    expect(JSON.stringify(list.body)).not.toContain(secretBody);
    const row = await app.strapi.db.connection('conflict_explainer_sync_targets').first();
    expect(JSON.stringify(row)).not.toContain(secretBody);
  });
});

describe('delivering revisions', () => {
  it('a publish reaches a healthy site, signed, and the page shows it', async () => {
    await editDraft(app, documentId, 'Sync test standfirst.');
    const started = Date.now();
    const res = await publish('Updated 7 Nov: adds Russian claim of encirclement');
    expect(res.body.data.changed).toBe(true);
    const number = res.body.data.revision.number;
    await eventually(() => site.received.some((r) => r.revision === number && r.applied), 10000, 'the delivery');
    expect(Date.now() - started).toBeLessThan(10000);
    const page = await fetch(`${site.url}/explainers/pokrovsk`).then((r) => r.text());
    // The page prints "Updated <date, time>:" itself; the editor's own "Updated 7 Nov:" is not repeated.
    expect(page).toMatch(/Updated <time datetime="[^"]+">[^<]+<\/time>:<\/strong> adds Russian claim of encirclement/);
    expect(page).not.toContain('Updated 7 Nov:');
    expect(page).toContain('Sync test standfirst.');
    const [delivery] = await deliveries(`&state=delivered`);
    expect(delivery).toMatchObject({ revisionNumber: number, state: 'delivered', attempts: 1, lastStatus: 200 });
    expect(delivery.attemptLog[0]).toMatchObject({ status: 200, error: null });
  });

  const setMaxAttempts = async (maxAttempts: number) =>
    expect((await app.http().put(`${SYNC}/targets/${targetId}`).set(bearer(admin)).send({ maxAttempts })).status).toBe(200);

  it('a site answering 500s gets every revision once it recovers, in order, none twice', async () => {
    // Enough attempts that no delivery dies during the outage however slowly the machine publishes.
    await setMaxAttempts(50);
    site.failWith(500);
    const first = await latestRevision();
    for (let i = 1; i <= 3; i += 1) {
      await editDraft(app, documentId, `During the outage ${i}.`);
      await publish(`Outage update ${i}`);
    }
    await eventually(async () => (await deliveries('&state=pending')).some((d: any) => d.attempts >= 2), 10000, 'retries while down');
    expect(site.received.filter((r) => (r.revision ?? 0) > first)).toEqual([]);
    site.failWith(null);
    await eventually(() => site.received.filter((r) => (r.revision ?? 0) > first && r.applied).length === 3, 15000, 'recovery');
    const applied = site.received.filter((r) => (r.revision ?? 0) > first).map((r) => r.revision);
    expect(applied).toEqual([first + 1, first + 2, first + 3]);
    const page = await fetch(`${site.url}/explainers/pokrovsk`).then((r) => r.text());
    expect(page).toContain('Outage update 3');
  });

  it('a site that is down (connection refused) gets its revisions after it comes back', async () => {
    await site.stop();
    const before = await latestRevision();
    await editDraft(app, documentId, 'While the site was down.');
    await publish('Published while the site was down');
    await eventually(async () => (await deliveries('&state=pending')).some((d: any) => d.lastError && /fetch failed|ECONNREFUSED/i.test(d.lastError)), 10000, 'a refused attempt');
    await site.start();
    await eventually(() => site.received.some((r) => r.revision === before + 1 && r.applied), 15000, 'delivery after restart');
  });

  it('after too many failures a delivery is dead, visible, and "retry now" delivers it', async () => {
    await setMaxAttempts(4);
    app.strapi.config.set('plugin::conflict-explainer.retryMaxMs', 600_000); // no probe of the dead target meanwhile
    site.failWith(503);
    await editDraft(app, documentId, 'Dead letter test.');
    const number = (await publish('Dead letter test')).body.data.revision.number;
    await eventually(async () => (await deliveries('&state=dead')).some((d: any) => d.revisionNumber === number), 15000, 'a dead delivery');
    const dead = (await deliveries('&state=dead')).find((d: any) => d.revisionNumber === number);
    expect(dead.attempts).toBe(4);
    expect(dead.attemptLog).toHaveLength(4);
    expect(dead.lastStatus).toBe(503);
    site.failWith(null);
    const retried = await app.http().post(`${SYNC}/deliveries/${dead.id}/retry`).set(bearer(admin));
    expect(retried.status).toBe(200);
    await eventually(() => site.received.some((r) => r.revision === number && r.applied), 10000, 'the retried delivery');
    app.strapi.config.set('plugin::conflict-explainer.retryMaxMs', 400);
  });

  it('each (revision, target) was applied exactly once, and the webhook-id never changed between retries', async () => {
    const applied = site.received.filter((r) => r.applied).map((r) => r.revision);
    expect(new Set(applied).size).toBe(applied.length);
    const all = await deliveries();
    expect(all.every((d: any) => d.state === 'delivered')).toBe(true);
    const ids = site.received.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const d of all) expect(site.received.filter((r) => r.id === d.webhookId)).toHaveLength(1);
  });

  it('every payload carries its revision’s snapshot exactly as the public API serves that revision', async () => {
    // Fresh publishes are sent from the JSON the publish stored; retries here too (same process).
    const check = async (body: string) => {
      const payload = JSON.parse(body);
      const served = await app.http().get(`/api/conflict-explainer/explainers/pokrovsk/revisions/${payload.revision}`);
      expect(served.status).toBe(200);
      expect(payload.snapshot).toEqual(served.body);
      expect(payload.snapshot.revision.number).toBe(payload.revision);
      expect(payload.publishedAt).toBe(served.body.revision.publishedAt);
      // The edition the revision belongs to (the default locale's: the only one this app has).
      expect(payload.explainer.locale).toBe('en');
    };
    for (const body of site.rawBodies) await check(body);
  });

  it('payloads carry no internal field and no secret', async () => {
    expect(site.rawBodies.length).toBeGreaterThan(5);
    for (const body of site.rawBodies) {
      const keys = allKeys(JSON.parse(body));
      for (const key of INTERNAL_KEYS) expect(keys.has(key)).toBe(false);
      expect(body).not.toContain(TEST_SECRET.slice(6));
    }
  });
});

describe('the site verifies every delivery', () => {
  const signed = (body: string, { secret = TEST_SECRET, at = new Date(), id = `msg_test_${Date.now()}` } = {}) => ({
    'content-type': 'application/json',
    'webhook-id': id,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(id, at, body),
  });
  const payload = JSON.stringify({ type: 'explainer.revision.published', explainer: { documentId: 'x', slug: 'pokrovsk' }, revision: 999999, snapshot: {} });

  it('rejects a tampered body, a wrong secret and an old timestamp with 401', async () => {
    const headers = signed(payload);
    const tampered = await fetch(site.webhookUrl, { method: 'POST', headers, body: payload.replace('999999', '999998') });
    expect(tampered.status).toBe(401);
    const wrong = await fetch(site.webhookUrl, { method: 'POST', headers: signed(payload, { secret: `whsec_${Buffer.from('another-secret-another-secret!!').toString('base64')}` }), body: payload });
    expect(wrong.status).toBe(401);
    const old = await fetch(site.webhookUrl, { method: 'POST', headers: signed(payload, { at: new Date(Date.now() - 60 * 60 * 1000) }), body: payload });
    expect(old.status).toBe(401);
    const unsigned = await fetch(site.webhookUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: payload });
    expect(unsigned.status).toBe(401);
  });

  it('drops a replayed delivery and a stale revision', async () => {
    const latest = site.received.filter((r) => r.applied).at(-1)!;
    const stale = JSON.stringify({ type: 'explainer.revision.published', explainer: { documentId, slug: 'pokrovsk' }, revision: 1, hash: 'h1', previousHash: null, reset: false, snapshotUrl: '', snapshot: {} });
    const first = await fetch(site.webhookUrl, { method: 'POST', headers: signed(stale, { id: 'msg_replay_1' }), body: stale }).then((r) => r.json());
    expect(first).toMatchObject({ applied: false, reason: 'stale' });
    const replay = await fetch(site.webhookUrl, { method: 'POST', headers: signed(stale, { id: 'msg_replay_1' }), body: stale }).then((r) => r.json());
    expect(replay).toMatchObject({ applied: false, reason: 'duplicate' });
    const page = await fetch(`${site.url}/explainers/pokrovsk`).then((r) => r.text());
    expect(page).toContain(`Dead letter test`);
    expect(latest.revision).toBeGreaterThan(1);
  });
});
