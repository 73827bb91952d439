'use strict';
const http = require('node:http');
const { SETTINGS, SLUG, EXPLAINER_UID, log } = require('../lib/settings');
const { isSignalled, command } = require('../lib/children');
const { postJson, requestJson } = require('../lib/http');
const { sleep, percentile, r2, cpuSeconds, wallClock, fmt } = require('../lib/stats');
const { createLoad } = require('../lib/load-generator');
const { startReceiver } = require('../lib/receiver');

/**
 * Load while publishing: `loadSeconds` of closed-loop public reads of the Pokrovsk endpoint (the
 * read phase's URL and concurrency, from `loadGenerators` load.js processes) while an editor, an
 * admin user over HTTP like the admin panel, edits the draft's standfirst (content-manager PUT) and
 * publishes it through the plugin's admin route (POST /conflict-explainer/explainers/:id/publish, a
 * public note naming the update) every `loadPublishEveryMs`. Every publish records a revision; a sync
 * target of its own (a fresh bench/receiver.js) must receive each exactly once, signed.
 *
 * Per answered read the generator returns its start, latency and X-Explainer-Revision, so the figures
 * come per second (requests, errors, p50/p99) and per publish: how long after the publish call
 * returned a read first came back with the new revision, and whether any read that began after that
 * still got the old one (stale reads, and how late the last of them began).
 */
const measureLoadWhilePublishing = async (server, base, publicUrl, documentId) => {
  const seconds = SETTINGS.loadSeconds;
  const every = SETTINGS.loadPublishEveryMs;

  // The claims desk's 2,000 claims off the draft again: the publishes render the seeded explainer.
  const untracked = await command(server, 'untrackSeededClaims', { documentId }, 240_000);
  log(`load while publishing: ${untracked.disconnected} bench claims taken off the draft in ${(untracked.ms / 1000).toFixed(1)} s (it tracks ${untracked.tracked})`);

  // Its own sync target: earlier targets off, a fresh receiver and secret.
  const { disabled } = await command(server, 'disableSyncTargets');
  const { arrivals, arrivalOf, port, target, stop: stopReceiver } = await startReceiver(server);
  log(`load while publishing: sync target ${target.id} → receiver on 127.0.0.1:${port} (earlier target(s) ${disabled.join(', ') || 'none'} disabled)`);

  // The editor: an admin session on one keep-alive connection, as the admin panel would hold.
  const { email, password } = await command(server, 'adminUser');
  const login = await postJson(`${base}/admin/login`, { email, password });
  const token = login.status === 200 ? JSON.parse(login.body.toString('utf8')).data.token : null;
  if (!token) throw new Error(`editor login answered ${login.status}: ${login.body.toString().slice(0, 300)}`);
  const editorAgent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const editorHeaders = { Authorization: `Bearer ${token}` };
  const editUrl = `${base}/content-manager/collection-types/${EXPLAINER_UID}/${documentId}`;
  const publishUrl = `${base}/conflict-explainer/explainers/${documentId}/publish`;
  const editAndPublish = async (label) => {
    const stamp = new Date().toISOString().slice(11, 19);
    const edit = await requestJson('PUT', editUrl, { standfirst: `Live update ${label} (${stamp} UTC): the front line moved again; bench load-while-publishing phase.` }, editorHeaders, editorAgent);
    const startedAt = wallClock();
    const published = await requestJson('POST', publishUrl, { kind: 'update', publicNote: `Live update ${label}, ${stamp} UTC` }, editorHeaders, editorAgent);
    const returnedAt = wallClock();
    const data = published.json && published.json.data;
    return {
      label,
      editStatus: edit.status,
      editMs: edit.ms,
      status: published.status,
      publishMs: published.ms,
      startedAt,
      returnedAt,
      changed: !!(data && data.changed),
      revision: data && data.revision ? Number(data.revision.number) : null,
      error: edit.status !== 200 ? `edit answered ${edit.status}: ${edit.text.slice(0, 200)}` : published.status !== 200 ? `publish answered ${published.status}: ${published.text.slice(0, 200)}` : null,
    };
  };

  // One unmeasured edit + publish first (first use of the content-manager route; delivered and checked too).
  const warmPublish = await editAndPublish('warm-up');
  if (warmPublish.error || !warmPublish.changed) throw new Error(`editor warm-up publish failed: ${warmPublish.error || 'no revision recorded'}`);
  await arrivalOf(warmPublish.revision, 10_000);
  log(`load while publishing: editor warm-up publish → revision ${warmPublish.revision} (edit ${fmt(warmPublish.editMs)} ms, publish ${fmt(warmPublish.publishMs)} ms)`);

  // Generators: the read phase's URL and concurrency, split across `loadGenerators` processes.
  const generators = [];
  for (let g = 0; g < SETTINGS.loadGenerators; g += 1) {
    const concurrency = Math.floor(SETTINGS.concurrency / SETTINGS.loadGenerators) + (g < SETTINGS.concurrency % SETTINGS.loadGenerators ? 1 : 0);
    generators.push(
      createLoad(`load while publishing ${g + 1}`, publicUrl, {}, server.pid, {
        concurrency,
        maxRequests: Math.max(100_000, Math.round(seconds * 50_000)),
        track: { revisionHeader: 'x-explainer-revision', slug: SLUG, bodyCheckEvery: SETTINGS.loadBodyCheckEvery },
      })
    );
  }
  const lastPublishAtMs = seconds * 1000 - Math.min(every, 3000);
  log(
    `load while publishing: ${generators.length} generator(s), concurrency ${SETTINGS.concurrency}, ${SETTINGS.warmupSeconds} s warm-up, then ${seconds} s ` +
      `with an edit + publish every ${every} ms (${Math.floor(lastPublishAtMs / every)} publishes)`
  );
  await Promise.all(generators.map((load) => load.warm()));

  const startWall = wallClock();
  const cpu0 = cpuSeconds(server.pid);
  const segments = Promise.all(generators.map((load) => load.measure(seconds)));
  const publishes = [];
  for (let k = 1; k * every <= lastPublishAtMs; k += 1) {
    const wait = startWall + k * every - wallClock();
    if (wait > 0) await sleep(wait);
    if (isSignalled()) break;
    let step;
    try {
      step = await editAndPublish(String(k));
    } catch (error) {
      // A socket error or timeout on the editor's side: recorded, the phase goes on.
      step = { label: String(k), editMs: NaN, publishMs: NaN, startedAt: wallClock(), returnedAt: wallClock(), changed: false, revision: null, status: null, error: error.message };
    }
    publishes.push({ scheduledMs: k * every, ...step });
  }
  const loadResults = await segments;
  const serverCpuSeconds = cpu0 != null ? cpuSeconds(server.pid) - cpu0 : null;
  for (const load of generators) load.close();
  editorAgent.destroy();

  // Deliveries: each published revision, then 2.5 s more for a duplicate to show.
  const expected = [warmPublish, ...publishes].filter((p) => p.changed).map((p) => p.revision);
  await Promise.all(expected.map((revision) => arrivalOf(revision, 15_000)));
  await sleep(2500);
  const outbox = await command(server, 'syncDeliveries', { targetId: target.id });
  stopReceiver();

  return summarizeLoadWhilePublishing({ loadResults, publishes, warmPublish, expected, arrivals, outbox, target, untracked, serverCpuSeconds, seconds, every });
};

/** Turns the generators' per-request arrays, the editor's publishes and the receiver's arrivals into figures. */
const summarizeLoadWhilePublishing = ({ loadResults, publishes, warmPublish, expected, arrivals, outbox, target, untracked, serverCpuSeconds, seconds, every }) => {
  // One time base for every generator: the earliest segment start (wall clock).
  const base = Math.min(...loadResults.map((r) => r.startedAtWall));
  const buckets = Math.max(1, Math.ceil(seconds));
  const perBucket = Array.from({ length: buckets }, () => ({ latencies: [], errors: 0 }));
  const bucketOf = (ms) => Math.min(buckets - 1, Math.max(0, Math.floor(ms / 1000)));
  let requests = 0;
  for (const r of loadResults) {
    const offset = r.startedAtWall - base;
    for (let i = 0; i < r.requests; i += 1) perBucket[bucketOf(offset + r.starts[i] + r.latencies[i])].latencies.push(r.latencies[i]);
    for (const t of r.errorTimes) perBucket[bucketOf(offset + t)].errors += 1;
    requests += r.requests;
  }
  const all = new Float64Array(requests);
  let at = 0;
  for (const r of loadResults) {
    all.set(r.latencies, at);
    at += r.latencies.length;
  }
  all.sort();
  const pct = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] : NaN);
  const perSecond = perBucket.map((b, second) => {
    const sorted = Float64Array.from(b.latencies).sort();
    return { second, requests: sorted.length, errors: b.errors, p50: r2(pct(sorted, 50)), p99: r2(pct(sorted, 99)), max: r2(sorted.length ? sorted[sorted.length - 1] : NaN) };
  });
  const duration = Math.max(...loadResults.map((r) => r.seconds + (r.startedAtWall - base) / 1000));
  const errors = loadResults.reduce((n, r) => n + r.errors, 0);
  const statuses = {};
  for (const r of loadResults) for (const [status, n] of Object.entries(r.statuses)) statuses[status] = (statuses[status] || 0) + n;

  // Freshness, per publish: the first read answered with the new revision (or a later one), and the
  // reads begun after the publish call had returned that still got an older one.
  const freshness = publishes.map((p) => {
    const returned = p.returnedAt - base;
    const started = p.startedAt - base;
    let firstFresh = Infinity;
    let staleReads = 0;
    let lastStaleStart = -Infinity;
    if (p.changed) {
      for (const r of loadResults) {
        const offset = r.startedAtWall - base;
        for (let i = 0; i < r.requests; i += 1) {
          const start = offset + r.starts[i];
          if (r.revisions[i] >= p.revision) {
            const done = start + r.latencies[i];
            if (done < firstFresh) firstFresh = done;
          } else if (start > returned) {
            staleReads += 1;
            if (start > lastStaleStart) lastStaleStart = start;
          }
        }
      }
    }
    return {
      firstFreshAfterReturnMs: Number.isFinite(firstFresh) ? r2(firstFresh - returned) : null,
      firstFreshAfterStartMs: Number.isFinite(firstFresh) ? r2(firstFresh - started) : null,
      staleReadsAfterReturn: staleReads,
      staleWindowMs: staleReads ? r2(lastStaleStart - returned) : 0,
    };
  });

  // Deliveries: every published revision exactly once, signed.
  const byRevision = new Map();
  const byWebhookId = new Map();
  for (const a of arrivals) {
    byRevision.set(a.revision, (byRevision.get(a.revision) || 0) + 1);
    byWebhookId.set(a.webhookId, (byWebhookId.get(a.webhookId) || 0) + 1);
  }
  const firstArrival = (revision) => arrivals.find((a) => a.revision === revision);
  const rows = publishes.map((p, i) => {
    const arrival = p.changed ? firstArrival(p.revision) : null;
    return {
      n: i + 1,
      atMs: r2(p.startedAt - base),
      revision: p.revision,
      changed: p.changed,
      status: p.status,
      editMs: r2(p.editMs),
      publishMs: r2(p.publishMs),
      ...freshness[i],
      deliveredAfterStartMs: arrival ? r2(arrival.arrivedAt - p.startedAt) : null,
      deliveries: p.changed ? byRevision.get(p.revision) || 0 : null,
      error: p.error,
    };
  });
  const publishMs = publishes.map((p) => p.publishMs);
  const editMs = publishes.map((p) => p.editMs);
  const fresh = rows.map((r) => r.firstFreshAfterReturnMs).filter(Number.isFinite);
  const freshFromStart = rows.map((r) => r.firstFreshAfterStartMs).filter(Number.isFinite);
  const sync = rows.map((r) => r.deliveredAfterStartMs).filter(Number.isFinite);
  const numbers = [warmPublish, ...publishes].map((p) => p.revision);
  const summary = (list) => {
    const values = list.filter(Number.isFinite);
    return { p50: r2(percentile(values, 50)), p99: r2(percentile(values, 99)), max: r2(values.length ? Math.max(...values) : NaN) };
  };
  return {
    seconds: r2(duration),
    concurrency: SETTINGS.concurrency,
    generators: loadResults.length,
    publishEveryMs: every,
    requests,
    errors,
    rps: duration > 0 ? Math.round(requests / duration) : null,
    latencyMs: { p50: r2(pct(all, 50)), p99: r2(pct(all, 99)), max: r2(requests ? all[requests - 1] : NaN) },
    statuses,
    errorSamples: loadResults.flatMap((r) => r.errorSamples).slice(0, 5),
    bodiesChecked: loadResults.reduce((n, r) => n + r.bodiesChecked, 0),
    wrongBodies: loadResults.reduce((n, r) => n + r.wrongBodies, 0),
    bodyCheckEvery: SETTINGS.loadBodyCheckEvery,
    bytesPerResponse: requests ? Math.round(loadResults.reduce((n, r) => n + r.bytes, 0) / requests) : 0,
    serverCpu: serverCpuSeconds != null && duration > 0 ? r2(serverCpuSeconds / duration) : null,
    clientCpu: r2(loadResults.reduce((n, r) => n + (r.clientCpu || 0), 0)),
    publishes: {
      made: publishes.length,
      changed: publishes.filter((p) => p.changed).length,
      failed: publishes.filter((p) => p.error).length,
      publishCallMs: summary(publishMs),
      editCallMs: summary(editMs),
      consecutive: numbers.every((n, i) => i === 0 || n === numbers[i - 1] + 1),
      numbers,
      warmUpRevision: warmPublish.revision,
    },
    freshness: {
      afterReturnMs: summary(fresh),
      afterStartMs: summary(freshFromStart),
      observed: fresh.length,
      staleReadsAfterReturn: rows.reduce((n, r) => n + r.staleReadsAfterReturn, 0),
      maxStaleWindowMs: r2(Math.max(0, ...rows.map((r) => r.staleWindowMs))),
      publishesWithStaleReads: rows.filter((r) => r.staleReadsAfterReturn > 0).length,
      // Revisions no read returned although their publish had returned 2 s before the reads ended.
      neverServed: publishes.filter((p, i) => p.changed && rows[i].firstFreshAfterReturnMs == null && p.returnedAt - base < duration * 1000 - 2000).map((p) => p.revision),
    },
    sync: {
      targetId: target.id,
      expected: expected.length,
      delivered: expected.filter((n) => byRevision.has(n)).length,
      missing: expected.filter((n) => !byRevision.has(n)),
      duplicateWebhookIds: [...byWebhookId.values()].filter((n) => n > 1).length,
      revisionsArrivedTwice: [...byRevision.values()].filter((n) => n > 1).length,
      unexpectedRevisions: [...byRevision.keys()].filter((n) => !expected.includes(n)),
      arrivals: arrivals.length,
      allVerified: arrivals.length > 0 && arrivals.every((a) => a.verified),
      verifyErrors: arrivals.filter((a) => !a.verified).map((a) => a.error).slice(0, 3),
      afterPublishStartMs: summary(sync),
      outbox: {
        rows: outbox.length,
        delivered: outbox.filter((d) => d.state === 'delivered').length,
        maxAttempts: outbox.reduce((max, d) => Math.max(max, d.attempts), 0),
        notDelivered: outbox.filter((d) => d.state !== 'delivered').slice(0, 5),
      },
    },
    untrackedClaims: { disconnected: untracked.disconnected, trackedAfter: untracked.tracked },
    perSecond,
    perPublish: rows,
  };
};

// After everything else: its publishes and reads touch no earlier figure.
const run = async ({ server, base, publicUrl, documentId }) => {
  const l = await measureLoadWhilePublishing(server, base, publicUrl, documentId);
  log(
    `load while publishing: ${l.requests} reads (${l.rps} req/s, p50 ${fmt(l.latencyMs.p50)} ms, p99 ${fmt(l.latencyMs.p99)} ms), ${l.errors} errors; ` +
      `${l.publishes.changed}/${l.publishes.made} publishes; ${l.sync.delivered}/${l.sync.expected} revisions delivered`
  );
  return { loadWhilePublishing: l };
};

const pass = ({ loadWhilePublishing: l }) => ({
  loadErrors: l.errors === 0,
  loadDelivered: l.sync.delivered === l.sync.expected && l.sync.arrivals === l.sync.expected,
});

const problems = ({ loadWhilePublishing: l }) => {
  const found = [];
  if (l.errors > 0) found.push(`load while publishing: ${l.errors} errors (${l.errorSamples.join('; ')})`);
  if (l.requests === 0) found.push('load while publishing: no successful read');
  if (l.publishes.failed || l.publishes.changed !== l.publishes.made) {
    found.push(`load while publishing: ${l.publishes.made - l.publishes.changed} of ${l.publishes.made} publishes recorded no revision (${l.perPublish.filter((p) => p.error).map((p) => p.error).slice(0, 3).join('; ')})`);
  }
  if (!l.publishes.consecutive) found.push(`load while publishing: revision numbers not consecutive (${l.publishes.numbers.join(', ')})`);
  if (l.sync.missing.length) found.push(`load while publishing: revision(s) ${l.sync.missing.join(', ')} never reached the receiver`);
  if (l.sync.duplicateWebhookIds || l.sync.revisionsArrivedTwice) found.push(`load while publishing: ${l.sync.duplicateWebhookIds} webhook-id(s) and ${l.sync.revisionsArrivedTwice} revision(s) arrived more than once`);
  if (l.sync.unexpectedRevisions.length) found.push(`load while publishing: unexpected revisions arrived: ${l.sync.unexpectedRevisions.join(', ')}`);
  if (!l.sync.allVerified) found.push(`load while publishing: a signature did not verify (${l.sync.verifyErrors.join('; ')})`);
  if (l.sync.outbox.rows !== l.sync.expected || l.sync.outbox.delivered !== l.sync.outbox.rows) found.push(`load while publishing: outbox has ${l.sync.outbox.rows} rows, ${l.sync.outbox.delivered} delivered, for ${l.sync.expected} revisions`);
  if (l.freshness.neverServed.length) found.push(`load while publishing: revision(s) ${l.freshness.neverServed.join(', ')} never served to a reader (published ≥ 2 s before the reads ended)`);
  return found;
};

module.exports = { name: 'load while publishing', run, pass, problems, measureLoadWhilePublishing, summarizeLoadWhilePublishing };
