import { startAlertReceiver, type AlertReceiver } from '../helpers/alert-receiver';
import { freshDatabase } from '../helpers/database';
import { startStrapiProcess, type StrapiProcess } from '../helpers/process';
import { eventually, TEST_SECRET } from '../helpers/site';

/**
 * Exactly one alert per event across restarts: a claim falls due while Strapi is down; the next
 * start alerts it once, and the start after that does not alert it again. Then a Strapi killed with
 * SIGKILL while the alert is in flight: the restart sends it again under the same webhook-id.
 */
const HOUR = 3600_000;
let receiver: AlertReceiver;
let strapi: StrapiProcess | null = null;

const port = String(20000 + Math.floor(Math.random() * 20000));
const env = () => ({
  PORT: port,
  CE_ALERT_SCAN_MS: '200',
  CE_SYNC_POLL_MS: '100',
  CE_SYNC_LEASE_MS: '1500',
  CE_RETRY_BASE_MS: '100',
  CE_RETRY_MAX_MS: '400',
  CE_RECHECK_HOURS: JSON.stringify({ developing: { disputed: 12 } }),
});
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const claimAlerts = (documentId: string) => receiver.posts.filter((post) => post.body?.kind === 'claim-due' && post.body.claim.documentId === documentId);

beforeAll(async () => {
  await freshDatabase('-alerts');
  receiver = await startAlertReceiver(TEST_SECRET);
});
afterAll(async () => {
  await strapi?.stop();
  await receiver?.stop();
});

it('a claim that falls due while Strapi is down is alerted once after the restart, and not again after the next', async () => {
  strapi = await startStrapiProcess(env());
  await strapi.call('saveAlertTarget', { url: receiver.url, secret: TEST_SECRET });
  const claims = await strapi.call<{ id: number; documentId: string }[]>('claims');
  await strapi.call('updateClaims', { where: {}, data: { lastVerifiedAt: new Date().toISOString(), claimStatus: 'unverified' } });
  // Disputed, 12-hour policy: due 10 s from now.
  const dueAt = Date.now() + 10000;
  await strapi.call('updateClaims', { where: { id: claims[0].id }, data: { claimStatus: 'disputed', lastVerifiedAt: new Date(dueAt - 12 * HOUR).toISOString() } });
  await strapi.stop();
  strapi = null;
  // The restart must come after the due time, or this test proves nothing.
  expect(Date.now()).toBeLessThan(dueAt);
  await sleep(dueAt - Date.now() + 1000);
  expect(claimAlerts(claims[0].documentId)).toEqual([]);

  strapi = await startStrapiProcess(env());
  await eventually(() => claimAlerts(claims[0].documentId).length > 0, 20000, 'the alert after the restart');
  await sleep(1500);
  await strapi.stop();
  strapi = await startStrapiProcess(env());
  await sleep(2500); // a dozen scans of the restarted instance
  const alerts = claimAlerts(claims[0].documentId);
  expect(alerts).toHaveLength(1);
  expect(alerts[0].verified).toBe(true);
  expect(receiver.accepted().filter((post) => post.body.kind === 'claim-due')).toHaveLength(1);
  await strapi.stop();
  strapi = null;
});

it('an alert in flight when Strapi is SIGKILLed goes out after the restart under the same webhook-id: the receiver keeps one', async () => {
  strapi = await startStrapiProcess(env());
  const claims = await strapi.call<{ id: number; documentId: string }[]>('claims');
  const claim = claims[1];
  receiver.hold(true);
  await strapi.call('updateClaims', { where: { id: claim.id }, data: { claimStatus: 'disputed', lastVerifiedAt: new Date(Date.now() - 12 * HOUR + 500).toISOString() } });
  await eventually(() => claimAlerts(claim.documentId).length > 0, 15000, 'the alert to be in flight');
  await strapi.kill9();
  receiver.hold(false);
  expect(receiver.accepted().filter((post) => post.body.claim?.documentId === claim.documentId)).toEqual([]);

  strapi = await startStrapiProcess(env());
  await eventually(() => receiver.accepted().some((post) => post.body.claim?.documentId === claim.documentId), 20000, 'the alert after the restart');
  await sleep(1500);
  const posts = claimAlerts(claim.documentId);
  expect(posts.length).toBeGreaterThanOrEqual(2); // the one cut off, and the one answered
  expect(new Set(posts.map((post) => post.webhookId)).size).toBe(1);
  expect(new Set(posts.map((post) => post.body.eventId)).size).toBe(1);
  expect(receiver.accepted().filter((post) => post.body.claim?.documentId === claim.documentId)).toHaveLength(1);
});
