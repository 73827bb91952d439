import { freshDatabase } from '../helpers/database';
import { startStrapiProcess, type StrapiProcess } from '../helpers/process';
import { eventually, startSite, TEST_SECRET, type RunningSite } from '../helpers/site';

/**
 * Two Strapi processes on one PostgreSQL database, both running the delivery worker, 200 publishes
 * between them: every (revision, target) is delivered exactly once.
 */
let site: RunningSite;
const instances: StrapiProcess[] = [];

const env = (port: number) => ({ PORT: String(port), PUBLIC_URL: `http://127.0.0.1:${port}`, CE_RETRY_BASE_MS: '100', CE_RETRY_MAX_MS: '400', CE_SYNC_POLL_MS: '50', CE_SYNC_LEASE_MS: '10000' });

beforeAll(async () => {
  await freshDatabase('-multi');
  site = await startSite();
  instances.push(await startStrapiProcess(env(21000 + Math.floor(Math.random() * 1000))));
  instances.push(await startStrapiProcess({ ...env(22000 + Math.floor(Math.random() * 1000)), PLAYGROUND_SEED: 'false' }));
});
afterAll(async () => {
  for (const instance of instances) await instance.stop();
  await site?.stop();
});

it('200 publishes from two instances: each revision reaches the site exactly once', async () => {
  const [a, b] = instances;
  await a.call('createTarget', { name: 'Site', url: site.webhookUrl, secret: TEST_SECRET, enabled: true, payloadMode: 'event' });
  const numbers: number[] = [];
  for (let round = 0; round < 100; round += 1) {
    const results: any[] = await Promise.all([a.call('publish', { note: `A ${round}` }), b.call('publish', { note: `B ${round}` })]);
    for (const r of results) if (r.changed) numbers.push(r.revision.number);
  }
  numbers.sort((x, y) => x - y);
  expect(numbers.length).toBeGreaterThan(100);
  expect(new Set(numbers).size).toBe(numbers.length);
  await eventually(() => new Set(site.rawBodies.map((body) => JSON.parse(body).deliveryId)).size >= numbers.length, 60000, 'all deliveries');
  const ids = site.rawBodies.map((body) => JSON.parse(body).deliveryId as string);
  // Exactly once: no delivery id was POSTed twice, and every published revision arrived.
  expect(ids.length).toBe(new Set(ids).size);
  const revisions = site.rawBodies.map((body) => JSON.parse(body).revision as number).sort((x, y) => x - y);
  expect(revisions).toEqual(numbers);
  // The site ends on the newest revision.
  const page = await fetch(`${site.url}/explainers/pokrovsk`).then((r) => r.status);
  expect(page).toBe(200);
});
