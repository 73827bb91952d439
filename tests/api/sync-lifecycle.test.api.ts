import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Webhook } from 'standardwebhooks';
import { bearer, editorWithPermissions, type AdminSession } from '../helpers/admin';
import { EXPLAINER } from '../helpers/explainer';
import { eventually, TEST_SECRET, type RunningSite } from '../helpers/site';
import type { TestApp } from '../helpers/strapi';
import { addSiteTarget, startSyncedApp, type SyncedApp } from '../helpers/synced-app';

/** The site and the CMS never diverge: removals, recreated slugs, the hash chain, reconciliation. */
const SYNC = '/conflict-explainer/sync';
const SLUG = 'kherson-bridge';

let app: TestApp;
let admin: AdminSession;
let site: RunningSite;
let synced: SyncedApp | undefined;
let targetId: number;

beforeAll(async () => {
  synced = await startSyncedApp({ retryBaseMs: 50, retryMaxMs: 200, pollMs: 100 });
  ({ app, admin, site } = synced);
  targetId = await addSiteTarget(synced);
});
afterAll(async () => {
  await synced?.stop();
});

const documents = () => app.strapi.documents(EXPLAINER as any) as any;
const createPublished = async (standfirst: string) =>
  (await documents().create({ data: { title: 'The Kherson bridge', slug: SLUG, situationStatus: 'developing', standfirst }, status: 'published' })).documentId as string;
const page = async (slug = SLUG) => {
  const res = await fetch(`${site.url}/explainers/${slug}`);
  return { status: res.status, text: await res.text() };
};
const deliveries = async () => (await app.http().get(`${SYNC}/deliveries?pageSize=100`).set(bearer(admin))).body.data as any[];
const allDelivered = () => eventually(async () => (await deliveries()).every((d) => d.state === 'delivered'), 15000, 'every delivery delivered');
const signed = (payload: object, id = `msg_forged_${Date.now()}`) => {
  const body = JSON.stringify(payload);
  const at = new Date();
  return {
    method: 'POST',
    body,
    headers: { 'content-type': 'application/json', 'webhook-id': id, 'webhook-timestamp': String(Math.floor(at.getTime() / 1000)), 'webhook-signature': new Webhook(TEST_SECRET).sign(id, at, body) },
  };
};

let documentId: string;

describe('unpublish and delete reach the site', () => {
  it('unpublish takes the page down at the site; a republish brings it back', async () => {
    documentId = await createPublished('Before the unpublish.');
    await eventually(async () => (await page()).status === 200, 15000, 'the page');
    await documents().unpublish({ documentId });
    await eventually(async () => (await page()).status === 404, 15000, 'the page taken down');
    expect((await app.http().get(`/api/conflict-explainer/explainers/${SLUG}`)).status).toBe(404);
    const removal = (await deliveries()).find((d) => d.kind === 'removal');
    expect(removal).toMatchObject({ slug: SLUG, state: 'delivered' });

    await documents().publish({ documentId });
    await eventually(async () => (await page()).status === 200, 15000, 'the page back');
    expect((await page()).text).toContain('Before the unpublish.');
    expect(site.received.filter((r) => r.documentId === documentId).map((r) => [r.type, r.applied])).toEqual([
      ['explainer.revision.published', true],
      ['explainer.removed', true],
      ['explainer.revision.published', true],
    ]);
    await allDelivered();
  });

  it('delete and recreate under the same slug: the site shows the new document, from its own revision 1', async () => {
    // Both queued while the site is down, so they race when it returns: the outcome must not depend on it.
    site.failWith(503);
    await documents().delete({ documentId });
    const recreated = await createPublished('A new piece under the old address.');
    await eventually(async () => (await deliveries()).filter((d) => d.state === 'pending' && d.attempts >= 1).length >= 2, 15000, 'attempts while down');
    site.failWith(null);
    await allDelivered();
    const shown = await page();
    expect(shown.status).toBe(200);
    expect(shown.text).toContain('A new piece under the old address.');
    expect(shown.text).not.toContain('Before the unpublish.');
    expect(site.load(SLUG)).toMatchObject({ content: { documentId: recreated }, revision: { number: 1 } });
    documentId = recreated;
  });
});

describe('the hash chain', () => {
  it('refuses a signed revision that skips ahead without the previous hash; real publishes still apply', async () => {
    const forged = { type: 'explainer.revision.published', explainer: { documentId, slug: SLUG }, revision: 999999, hash: 'forged', previousHash: 'guess', reset: false, publishedAt: new Date().toISOString(), snapshotUrl: '', snapshot: { content: { documentId, slug: SLUG, title: 'Forged' }, revision: { number: 999999, contentHash: 'forged' } } };
    const refused = await fetch(site.webhookUrl, signed(forged));
    expect(refused.status).toBe(409);
    expect(await refused.json()).toMatchObject({ applied: false, reason: 'gap', holds: { documentId, revision: 1 } });
    expect(site.load(SLUG).revision.number).toBe(1);

    await documents().update({ documentId, data: { standfirst: 'A real second revision.' }, status: 'published' });
    await eventually(async () => (await page()).text.includes('A real second revision.'), 15000, 'the real revision');
    expect(site.load(SLUG).revision.number).toBe(2);
  });

  it('a site that lost its copy gets the revision whole (the CMS answers "gap" with a reset)', async () => {
    fs.rmSync(path.join(site.dataDir, `${SLUG}.json`));
    await documents().update({ documentId, data: { standfirst: 'Third, onto an empty site.' }, status: 'published' });
    await eventually(async () => (await page()).text.includes('Third, onto an empty site.'), 15000, 'the reset');
    expect(site.received.at(-1)).toMatchObject({ revision: 3, reset: true, applied: true });
  });
});

describe('reconciliation', () => {
  it('compares the site with the CMS, re-sends what differs and removes what the CMS does not publish', async () => {
    await allDelivered();
    // The site lost this page, never had the seeded one, and holds one the CMS never published.
    fs.rmSync(path.join(site.dataDir, `${SLUG}.json`));
    const ghost = { content: { documentId: 'ghostdocument0000000000', slug: 'ghost' }, revision: { number: 4, contentHash: 'abc' } };
    fs.writeFileSync(path.join(site.dataDir, 'ghost.json'), JSON.stringify(ghost));

    const res = await app.http().post(`${SYNC}/targets/${targetId}/reconcile`).set(bearer(admin));
    expect(res.status).toBe(200);
    const report = res.body.data;
    expect(report.resent).toEqual(
      expect.arrayContaining([
        { slug: SLUG, locale: 'en', documentId, revision: 3, reason: 'missing' },
        expect.objectContaining({ slug: 'pokrovsk', reason: 'missing' }),
      ])
    );
    expect(report.removed).toEqual([{ slug: 'ghost', locale: 'en', documentId: 'ghostdocument0000000000' }]);
    await allDelivered();
    expect((await page()).text).toContain('Third, onto an empty site.');
    expect((await page('pokrovsk')).status).toBe(200);
    expect((await page('ghost')).status).toBe(404);

    const again = (await app.http().post(`${SYNC}/targets/${targetId}/reconcile`).set(bearer(admin))).body.data;
    expect(again).toMatchObject({ inSync: 2, resent: [], removed: [], pending: [] });
  });

  it('needs the sync permission, and names an unknown target', async () => {
    const reader = await editorWithPermissions(app, admin, ['plugin::conflict-explainer.revisions.read']);
    expect((await app.http().post(`${SYNC}/targets/${targetId}/reconcile`).set(bearer(reader))).status).toBe(403);
    const missing = await app.http().post(`${SYNC}/targets/99999/reconcile`).set(bearer(admin));
    expect(missing.status).toBe(404);
    expect((await app.http().post(`${SYNC}/targets/x/reconcile`).set(bearer(admin))).body.error.details.errors[0].path).toEqual(['id']);
  });
});

describe('the reference site', () => {
  it('refuses to start without SITE_SECRET, saying so, and never falls back to a committed one', () => {
    const { SITE_SECRET: _unset, ...env } = process.env;
    const run = spawnSync(process.execPath, [path.join(__dirname, '..', '..', 'examples', 'site', 'server.js')], { env: { ...env, SITE_PORT: '0' }, encoding: 'utf8', timeout: 20000 });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('SITE_SECRET is not set');
    const { createSite } = require('../../examples/site/site');
    expect(() => createSite({ secret: '', dataDir: site.dataDir })).toThrow(/SITE_SECRET/);
  });
});

describe('"Retry now"', () => {
  it('answers with the delivery even when it is not among the newest 50', async () => {
    await app.http().put(`${SYNC}/targets/${targetId}`).set(bearer(admin)).send({ maxAttempts: 1 });
    app.strapi.config.set('plugin::conflict-explainer.retryMaxMs', 600_000); // no probe of the dead target meanwhile
    site.failWith(503);
    await documents().update({ documentId, data: { standfirst: 'Retried from far back.' }, status: 'published' });
    let dead: any;
    await eventually(async () => !!(dead = (await deliveries()).find((d) => d.state === 'dead')), 15000, 'a dead delivery');
    // Sixty later deliveries (history of another, disabled target) push it off the first page.
    const other = await app.http().post(`${SYNC}/targets`).set(bearer(admin)).send({ name: 'Old', url: site.webhookUrl, secret: TEST_SECRET, enabled: false });
    for (let i = 0; i < 60; i += 1) {
      await app.strapi.db.query('plugin::conflict-explainer.sync-delivery' as any).create({
        data: { kind: 'revision', targetId: other.body.data.id, explainerDocumentId: 'history', slug: 'history', revisionNumber: i + 1, webhookId: `msg_history_${i}`, state: 'delivered', attempts: 1, nextAttemptAt: new Date(), attemptLog: [] },
      });
    }
    expect((await app.http().get(`${SYNC}/deliveries`).set(bearer(admin))).body.data.some((d: any) => d.id === dead.id)).toBe(false);
    site.failWith(null);
    const retried = await app.http().post(`${SYNC}/deliveries/${dead.id}/retry`).set(bearer(admin));
    expect(retried.status).toBe(200);
    expect(retried.body.data).toMatchObject({ id: dead.id, state: 'pending', attempts: 0, targetName: 'Site' });
    await eventually(async () => (await page()).text.includes('Retried from far back.'), 15000, 'the retried delivery');
  });
});
