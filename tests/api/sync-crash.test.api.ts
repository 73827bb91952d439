import { freshDatabase } from '../helpers/database';
import { startStrapiProcess, type StrapiProcess } from '../helpers/process';
import { eventually, startSite, TEST_SECRET, type RunningSite } from '../helpers/site';

/** A Strapi killed with SIGKILL mid-delivery delivers after restart: nothing is lost. */
let site: RunningSite;
let strapi: StrapiProcess | null = null;

const port = String(20000 + Math.floor(Math.random() * 20000));
const env = () => ({
  PORT: port,
  CE_SYNC_LEASE_MS: '1500',
  CE_RETRY_BASE_MS: '100',
  CE_RETRY_MAX_MS: '400',
  CE_SYNC_POLL_MS: '100',
});

beforeAll(async () => {
  await freshDatabase('-crash');
  site = await startSite();
});
afterAll(async () => {
  await strapi?.stop();
  await site?.stop();
});

it('a delivery in flight when Strapi is SIGKILLed is delivered after restart, once', async () => {
  strapi = await startStrapiProcess(env());
  await strapi.call('createTarget', { name: 'Site', url: site.webhookUrl, secret: TEST_SECRET, enabled: true, payloadMode: 'snapshot' });
  site.hold(true);
  const result: any = await strapi.call('publish', { note: 'Published just before the crash' });
  expect(result.changed).toBe(true);
  const number = result.revision.number;
  await eventually(() => site.held() > 0, 10000, 'the delivery to be in flight');
  await strapi.kill9();
  site.hold(false);
  expect(site.received.filter((r) => r.revision === number)).toEqual([]);

  strapi = await startStrapiProcess(env());
  await eventually(() => site.received.some((r) => r.revision === number && r.applied), 20000, 'delivery after restart');
  expect(site.received.filter((r) => r.revision === number)).toHaveLength(1);
  // The restarted process built the payload from the stored revision: the snapshot readers get.
  const sent = site.rawBodies.map((body) => JSON.parse(body)).filter((payload) => payload.revision === number);
  const served = await fetch(`http://127.0.0.1:${port}/api/conflict-explainer/explainers/pokrovsk/revisions/${number}`).then((r) => r.json());
  expect(sent[sent.length - 1].snapshot).toEqual(served);
  const page = await fetch(`${site.url}/explainers/pokrovsk`).then((r) => r.text());
  expect(page).toContain('Published just before the crash');
});
