'use strict';
const { SETTINGS, TARGETS, log } = require('../lib/settings');
const { command } = require('../lib/children');
const { fmt, sleep, percentile, r2 } = require('../lib/stats');
const { startReceiver } = require('../lib/receiver');

/**
 * Publish-to-site latency with a healthy loopback receiver (bench/receiver.js, its own process,
 * verifying every Standard Webhooks signature). The sync target is created here, after the
 * publish-cost phase, so those publishes made no deliveries. One publish at a time: the draft
 * changes, then the publish; latency = receiver's arrival of that revision − the Strapi process's
 * wall clock just before the publish call. The first `syncWarmups` publishes (first connection,
 * first fetch in the worker) are delivered and checked but not in the figures.
 */
const measureSync = async (server, documentId) => {
  const { arrivals, arrivalOf, url, target, stop } = await startReceiver(server);
  log(`sync: target ${target.id} → ${url} (payload: snapshot); ${SETTINGS.syncWarmups} unmeasured + ${SETTINGS.syncPublishes} measured publishes, one at a time`);
  const samples = [];
  for (let i = 0; i < SETTINGS.syncWarmups + SETTINGS.syncPublishes; i += 1) {
    const warmup = i < SETTINGS.syncWarmups;
    const published = await command(server, 'publishOnce', { documentId, label: `${warmup ? 'sync warm-up' : 'sync'} ${i}` });
    const arrival = await arrivalOf(published.number, 10_000);
    // The next publish starts once the worker has also recorded this delivery: one at a time.
    const settled = await command(server, 'waitDelivered', { revision: published.number });
    samples.push({
      warmup,
      revision: published.number,
      publishMs: r2(published.publishMs),
      latencyMs: arrival ? r2(arrival.arrivedAt - published.startedAt) : null,
      // From publish() having returned (its transaction committed) to the arrival.
      afterPublishMs: arrival ? r2(arrival.arrivedAt - published.returnedAt) : null,
      verified: arrival ? arrival.verified : false,
      bytes: arrival ? arrival.bytes : null,
      outboxState: settled.state,
    });
  }
  // A duplicate (a retry, a second worker pass over the same row) would come within a poll or two.
  await sleep(2500);
  const outbox = await command(server, 'syncDeliveries');
  stop();

  const publishedRevisions = samples.map((s) => s.revision);
  const byWebhookId = new Map();
  for (const a of arrivals) byWebhookId.set(a.webhookId, (byWebhookId.get(a.webhookId) || 0) + 1);
  const byRevision = new Map();
  for (const a of arrivals) byRevision.set(a.revision, (byRevision.get(a.revision) || 0) + 1);
  const measured = samples.filter((s) => !s.warmup);
  const latencies = measured.map((s) => s.latencyMs).filter(Number.isFinite);
  const after = measured.map((s) => s.afterPublishMs).filter(Number.isFinite);
  const publishes = measured.map((s) => s.publishMs);
  const measuredRevisions = new Set(measured.map((s) => s.revision));
  const attemptMs = outbox.filter((d) => measuredRevisions.has(d.revision) && d.state === 'delivered').map((d) => d.lastAttemptMs).filter(Number.isFinite);
  return {
    receiver: 'bench/receiver.js (node:http on 127.0.0.1, standardwebhooks verify, answers 200)',
    payloadMode: 'snapshot',
    pollMs: 1000,
    warmups: SETTINGS.syncWarmups,
    measured: measured.length,
    published: samples.length,
    delivered: publishedRevisions.filter((n) => byRevision.has(n)).length,
    arrivals: arrivals.length,
    duplicateWebhookIds: [...byWebhookId.values()].filter((n) => n > 1).length,
    revisionsArrivedTwice: [...byRevision.values()].filter((n) => n > 1).length,
    unexpectedRevisions: [...byRevision.keys()].filter((n) => !publishedRevisions.includes(n)),
    allVerified: arrivals.length > 0 && arrivals.every((a) => a.verified),
    verifyErrors: arrivals.filter((a) => !a.verified).map((a) => a.error).slice(0, 3),
    latencyMs: { p50: r2(percentile(latencies, 50)), p95: r2(percentile(latencies, 95)), max: r2(Math.max(...latencies)), min: r2(Math.min(...latencies)) },
    publishCallMs: { p50: r2(percentile(publishes, 50)), p95: r2(percentile(publishes, 95)), max: r2(Math.max(...publishes)) },
    afterPublishReturnedMs: { p50: r2(percentile(after, 50)), p95: r2(percentile(after, 95)), max: r2(Math.max(...after)) },
    // The worker's timing of the delivering attempt (revision read, payload JSON, signature, POST, answer).
    workerAttemptMs: { p50: r2(percentile(attemptMs, 50)), p95: r2(percentile(attemptMs, 95)), max: r2(Math.max(...attemptMs)) },
    payloadBytes: measured.length ? measured[measured.length - 1].bytes : null,
    outbox: {
      rows: outbox.length,
      delivered: outbox.filter((d) => d.state === 'delivered').length,
      maxAttempts: outbox.reduce((max, d) => Math.max(max, d.attempts), 0),
      notDelivered: outbox.filter((d) => d.state !== 'delivered').slice(0, 5),
    },
    samples,
  };
};

const run = async ({ server, documentId }) => {
  // The sync target exists from here on only (the publish-cost phase made no deliveries).
  const sync = await measureSync(server, documentId);
  log(`sync: ${sync.delivered}/${sync.published} delivered, p50 ${fmt(sync.latencyMs.p50)} ms, p95 ${fmt(sync.latencyMs.p95)} ms, max ${fmt(sync.latencyMs.max)} ms`);
  return { syncLatency: sync };
};

const pass = ({ syncLatency: sync }) => ({ syncP50: Number.isFinite(sync.latencyMs.p50) && sync.latencyMs.p50 < TARGETS.syncP50MaxMs });

const problems = ({ syncLatency: sync }) => {
  const found = [];
  if (sync.delivered !== sync.published) found.push(`sync: ${sync.delivered} of ${sync.published} published revisions arrived`);
  if (sync.duplicateWebhookIds || sync.revisionsArrivedTwice) found.push(`sync: ${sync.duplicateWebhookIds} webhook-id(s) and ${sync.revisionsArrivedTwice} revision(s) arrived more than once`);
  if (sync.unexpectedRevisions.length) found.push(`sync: unexpected revisions arrived: ${sync.unexpectedRevisions.join(', ')}`);
  if (!sync.allVerified) found.push(`sync: a signature did not verify (${sync.verifyErrors.join('; ')})`);
  if (sync.outbox.delivered !== sync.outbox.rows || sync.outbox.rows !== sync.published) found.push(`sync: outbox has ${sync.outbox.rows} rows, ${sync.outbox.delivered} delivered, for ${sync.published} publishes`);
  return found;
};

module.exports = { name: 'publish to site', run, pass, problems, measureSync };
