import { bearer, type AdminSession } from '../helpers/admin';
import { editDraft, pokrovskDocumentId } from '../helpers/explainer';
import { eventually, TEST_SECRET, type RunningSite } from '../helpers/site';
import type { TestApp } from '../helpers/strapi';
import { startSyncedApp, type SyncedApp } from '../helpers/synced-app';

/**
 * Retries for real outages, on the default schedule's shape scaled down a thousandfold: backoff from
 * 1 ms capped at 300 ms (5 min), retried for 86.4 s (24 h). The old schedule was dead after 8 attempts.
 */
const SYNC = '/conflict-explainer/sync';
const SCALE = 1000;
const CONFIG = 'plugin::conflict-explainer';

let app: TestApp;
let admin: AdminSession;
let site: RunningSite;
let synced: SyncedApp | undefined;
let documentId: string;

beforeAll(async () => {
  synced = await startSyncedApp({ retryBaseMs: 1, retryMaxMs: (5 * 60 * 1000) / SCALE, retryForMs: (24 * 60 * 60 * 1000) / SCALE, pollMs: 100 });
  ({ app, admin, site } = synced);
  documentId = await pokrovskDocumentId(app);
  const target = await app.http().post(`${SYNC}/targets`).set(bearer(admin)).send({ name: 'Site', url: site.webhookUrl, secret: TEST_SECRET });
  expect(target.body.data.maxAttempts).toBeNull();
});
afterAll(async () => {
  await synced?.stop();
});

const deliveries = async (query = '') => (await app.http().get(`${SYNC}/deliveries?pageSize=100${query}`).set(bearer(admin))).body.data as any[];
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Three revisions published while the site answers 503 for `outageMs`; returns their numbers. */
const publishThroughOutage = async (outageMs: number, label: string) => {
  site.failWith(503);
  const started = Date.now();
  const numbers: number[] = [];
  for (let i = 1; i <= 3; i += 1) {
    await editDraft(app, documentId, `${label} ${i}.`);
    const res = await app.http().post(`/conflict-explainer/explainers/${documentId}/publish`).set(bearer(admin)).send({ kind: 'update', publicNote: `${label} ${i}` });
    numbers.push(res.body.data.revision.number);
  }
  await sleep(Math.max(0, outageMs - (Date.now() - started)));
  site.failWith(null);
  return numbers;
};

const expectAllAtTheSiteInOrderOnce = async (numbers: number[]) => {
  await eventually(() => numbers.every((n) => site.received.some((r) => r.revision === n && r.applied)), 20000, 'every revision at the site');
  const arrived = site.received.filter((r) => numbers.includes(r.revision ?? 0)).map((r) => r.revision);
  expect(arrived).toEqual(numbers);
  expect(site.load('pokrovsk').revision.number).toBe(numbers[numbers.length - 1]);
};

it('a 150 s outage: every revision reaches the site once it is back, in order, once', async () => {
  const numbers = await publishThroughOutage((150 * 1000) / SCALE, 'Short outage');
  await expectAllAtTheSiteInOrderOnce(numbers);
  expect((await deliveries('&state=dead')).length).toBe(0);
});

it('a 2 h outage: still retrying (never dead) and every revision arrives, in order, once', async () => {
  const numbers = await publishThroughOutage((2 * 60 * 60 * 1000) / SCALE, 'Long outage');
  await expectAllAtTheSiteInOrderOnce(numbers);
  const mine = (await deliveries()).filter((d) => numbers.includes(d.revisionNumber));
  expect(mine.every((d) => d.state === 'delivered')).toBe(true);
  // Far past the old limit of 8 attempts, and no delivery died.
  expect(Math.max(...mine.map((d) => d.attemptLog.length))).toBeGreaterThan(8);
  expect((await deliveries('&state=dead')).length).toBe(0);
});

it('past the retry window deliveries are dead, and the site answering again wakes them: all arrive, in order, once', async () => {
  app.strapi.config.set(`${CONFIG}.retryForMs`, 200);
  try {
    site.failWith(503);
    const numbers: number[] = [];
    for (let i = 1; i <= 3; i += 1) {
      await editDraft(app, documentId, `Dead letter ${i}.`);
      const res = await app.http().post(`/conflict-explainer/explainers/${documentId}/publish`).set(bearer(admin)).send({ kind: 'update', publicNote: `Dead letter ${i}` });
      numbers.push(res.body.data.revision.number);
    }
    // The first dies on the schedule; the later ones wait behind it (in order), and die too once tried.
    let dead: any;
    await eventually(async () => !!(dead = (await deliveries('&state=dead')).find((d) => d.revisionNumber === numbers[0])), 20000, 'a dead delivery');
    expect(dead.nextAttemptAt).not.toBeNull(); // dead, but the target is still probed
    expect(site.received.some((r) => numbers.includes(r.revision ?? 0))).toBe(false);
    site.failWith(null);
    await expectAllAtTheSiteInOrderOnce(numbers);
    await eventually(async () => (await deliveries()).every((d) => d.state === 'delivered'), 20000, 'nothing left dead');
  } finally {
    app.strapi.config.set(`${CONFIG}.retryForMs`, (24 * 60 * 60 * 1000) / SCALE);
  }
});
