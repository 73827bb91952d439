'use strict';
const { SETTINGS, log } = require('../lib/settings');
const { waitFor, command } = require('../lib/children');
const { fmt, sleep, until, r2 } = require('../lib/stats');
const { startReceiver } = require('../lib/receiver');

/**
 * A site that was down: a target of its own (earlier ones disabled) points at a fresh receiver that
 * answers 503 to everything. `outagePublishes` revisions are published; the first of them is retried
 * with backoff until it has failed `outageFailures` times (the backoff step is then seconds long);
 * then the receiver recovers, right after a failed attempt (the worst moment: the worker has a whole
 * step to wait out). Measured: recovery → every revision at the site, the backoff step the worker
 * was waiting out, the time from that retry falling due to the last arrival (target: every revision
 * goes out at that first retry, none waits for a second), the arrival order, and none twice.
 */
// The plugin's default retry base (retryBaseMs 1000) with full jitter: no second retry comes sooner.
const OUTAGE_SECOND_RETRY_MIN_MS = 500;
const measureOutageRecovery = async (server, documentId) => {
  const { disabled } = await command(server, 'disableSyncTargets');
  const { receiver, arrivals, arrivalOf, target, stop } = await startReceiver(server);
  const refused = [];
  receiver.on('message', (message) => message && message.type === 'refused' && refused.push(message));
  receiver.send({ type: 'outage', status: 503 });
  log(`outage: target ${target.id} (earlier target(s) ${disabled.join(', ') || 'none'} disabled); the site answers 503; ${SETTINGS.outagePublishes} publishes`);

  const published = [];
  for (let i = 0; i < SETTINGS.outagePublishes; i += 1) {
    published.push((await command(server, 'publishOnce', { documentId, label: `outage ${i}` })).number);
  }
  // Revisions go out in order: only the first is attempted while it is owed.
  const failuresOfFirst = () => refused.filter((r) => r.revision === published[0]).length;
  await until(() => failuresOfFirst() >= SETTINGS.outageFailures, 60_000, () => `the first revision to fail ${SETTINGS.outageFailures} times (it failed ${failuresOfFirst()})`);
  // The worker has recorded that failure and scheduled the next attempt: read what it is waiting out.
  let first = null;
  await until(
    async () => {
      first = (await command(server, 'syncDeliveries', { targetId: target.id })).find((d) => d.revision === published[0]);
      return !!first && first.attempts >= SETTINGS.outageFailures && first.state === 'pending';
    },
    5000,
    () => `the worker to schedule the next attempt (outbox row: ${JSON.stringify(first)})`
  );
  const recovered = waitFor(receiver, (message) => message && message.type === 'recovered', 5000, 'receiver recovery');
  receiver.send({ type: 'recover' });
  const recoveredAt = (await recovered).at;
  const stepMs = first.nextAttemptAt - first.lastAttemptEndedAt;
  const dueAfterRecoveryMs = first.nextAttemptAt - recoveredAt;

  const landed = await Promise.all(published.map((revision) => arrivalOf(revision, Math.max(0, dueAfterRecoveryMs) + 15_000)));
  await sleep(2500); // a duplicate would show by now
  const outbox = await command(server, 'syncDeliveries', { targetId: target.id });
  stop();

  const arrivedInOrder = arrivals.filter((a) => published.includes(a.revision)).map((a) => a.revision);
  const byRevision = new Map();
  for (const a of arrivals) byRevision.set(a.revision, (byRevision.get(a.revision) || 0) + 1);
  const lastArrival = landed.every(Boolean) ? Math.max(...landed.map((a) => a.arrivedAt)) : null;
  const recoveryToAllMs = lastArrival == null ? null : r2(lastArrival - recoveredAt);
  return {
    publishes: published.length,
    revisions: published,
    failuresBeforeRecovery: refused.filter((r) => r.revision === published[0]).length,
    refusedAttempts: refused.length,
    refusedOtherRevisions: refused.filter((r) => r.revision !== published[0]).length,
    backoffStepMs: r2(stepMs),
    retryDueAfterRecoveryMs: r2(dueAfterRecoveryMs),
    recoveryToAllMs,
    recoveryToFirstMs: landed[0] ? r2(landed[0].arrivedAt - recoveredAt) : null,
    delivered: landed.filter(Boolean).length,
    inRevisionOrder: arrivedInOrder.join(',') === published.join(','),
    arrivedTwice: [...byRevision.values()].filter((n) => n > 1).length,
    allVerified: arrivals.length > 0 && arrivals.every((a) => a.verified),
    outbox: { rows: outbox.length, delivered: outbox.filter((d) => d.state === 'delivered').length, maxAttempts: outbox.reduce((max, d) => Math.max(max, d.attempts), 0) },
    // From the retry the worker was waiting for (its due time) to the last arrival: the backlog's send time.
    afterRetryDueMs: lastArrival == null ? null : r2(lastArrival - first.nextAttemptAt),
    firstAfterRetryDueMs: landed[0] ? r2(landed[0].arrivedAt - first.nextAttemptAt) : null,
    // Within one backoff step of recovery: everything went out at the first retry after it (a second
    // retry would come at least half the base step, 500 ms by default, later), in order, once each.
    withinOneStep:
      lastArrival != null &&
      lastArrival - first.nextAttemptAt < OUTAGE_SECOND_RETRY_MIN_MS &&
      arrivedInOrder.join(',') === published.join(',') &&
      [...byRevision.values()].every((n) => n === 1),
  };
};

const run = async ({ server, documentId }) => {
  // A site that was down, then recovers: every revision, in order, within one backoff step.
  const outage = await measureOutageRecovery(server, documentId);
  log(
    `outage: ${outage.delivered}/${outage.publishes} delivered ${fmt(outage.recoveryToAllMs)} ms after recovery; backoff step waited out ${fmt(outage.backoffStepMs)} ms ` +
      `(after ${outage.failuresBeforeRecovery} failures); in order: ${outage.inRevisionOrder ? 'yes' : 'NO'}; twice: ${outage.arrivedTwice}`
  );
  return { outageRecovery: outage };
};

const pass = ({ outageRecovery }) => ({ outageWithinOneStep: outageRecovery.withinOneStep });

const problems = ({ outageRecovery: outage }) => {
  const found = [];
  if (outage.delivered !== outage.publishes) found.push(`outage: ${outage.delivered} of ${outage.publishes} revisions reached the site after it recovered`);
  if (outage.arrivedTwice) found.push(`outage: ${outage.arrivedTwice} revision(s) arrived more than once`);
  if (!outage.inRevisionOrder) found.push('outage: revisions reached the site out of order');
  if (!outage.allVerified) found.push('outage: a signature did not verify');
  return found;
};

module.exports = { name: 'recovery after an outage', run, pass, problems, measureOutageRecovery };
