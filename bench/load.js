'use strict';
/**
 * The load generator, run by bench/run.js with child_process.fork so it never shares an event loop
 * with a server under test. One generator per target, kept for the whole run (its keep-alive agent,
 * maxSockets = concurrency, keeps its connections). Closed loop: `concurrency` workers, each sending
 * its next GET as soon as the previous answer has been read in full.
 *
 *   parent → { id, url, headers, concurrency, seconds, maxRequests, timeoutMs, record, track? }
 *   child  → { id, type: 'segment', requests, errors, seconds, latencies (Float64Array, ms), clientCpu, … }
 *
 * With `track: { revisionHeader, slug, bodyCheckEvery }` (the load-while-publishing phase), a
 * recorded segment also returns, per answered request, when it started (`starts`, ms since the
 * segment's start) and the revision its `revisionHeader` carried (`revisions`, Int32Array, 0 when
 * absent), the completion times of failed requests (`errorTimes`), and the wall clock of the
 * segment's start (`startedAtWall`, performance.timeOrigin + performance.now(), comparable with the
 * parent's): the parent buckets them per second and matches revisions against its publishes. Every
 * `bodyCheckEvery`-th answer, and the first answer carrying each new revision, is read in full and
 * parsed: the body must be a snapshot of `slug` whose revision.number equals the header; otherwise,
 * like a missing header, the request counts as an error ("wrong body").
 *
 * Each segment stops by itself: at its deadline or after maxRequests, whichever comes first (no new
 * request starts after that; those in flight finish or time out). Only http://127.0.0.1 is accepted.
 * Needs fork(…, { serialization: 'advanced' }) for the latency array.
 */
const http = require('node:http');
const { performance } = require('node:perf_hooks');

let agent = null;

/** Why a tracked answer is wrong, or null: the body must be the snapshot of `slug` at `revision`. */
const checkBody = (buffer, slug, revision) => {
  let body;
  try {
    body = JSON.parse(buffer.toString('utf8'));
  } catch (error) {
    return `wrong body: not JSON (${error.message})`;
  }
  if (!body || !body.content || body.content.slug !== slug) return `wrong body: slug ${body && body.content ? body.content.slug : 'missing'}, expected ${slug}`;
  if (!body.revision || Number(body.revision.number) !== revision) return `wrong body: revision ${body.revision ? body.revision.number : 'missing'}, header ${revision}`;
  return null;
};

const runSegment = (target, { concurrency, seconds, maxRequests, timeoutMs, record, track }) =>
  new Promise((resolve) => {
    const latencies = record ? new Float64Array(maxRequests) : null;
    const tracked = record && track ? track : null;
    const starts = tracked ? new Float64Array(maxRequests) : null;
    const revisions = tracked ? new Int32Array(maxRequests) : null;
    const errorTimes = [];
    let bodiesChecked = 0;
    let wrongBodies = 0;
    let highestRevision = 0;
    let started = 0;
    let completed = 0;
    let errors = 0;
    let bytes = 0;
    let active = 0;
    const statuses = {};
    const errorSamples = [];
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const startedAtWall = performance.timeOrigin + t0;
    const deadline = t0 + seconds * 1000;
    let lastDone = t0;

    const finish = () => {
      const elapsed = (lastDone - t0) / 1000;
      const cpu = process.cpuUsage(cpu0);
      resolve({
        seconds: elapsed,
        requests: completed,
        errors,
        statuses,
        errorSamples,
        bytes,
        latencies: latencies ? latencies.slice(0, completed) : null,
        ...(tracked
          ? { startedAtWall, starts: starts.slice(0, completed), revisions: revisions.slice(0, completed), errorTimes, bodiesChecked, wrongBodies }
          : {}),
        // The generator's own CPU use (1.0 = one core busy): near 1.0, the client sets req/s.
        clientCpu: elapsed > 0 ? (cpu.user + cpu.system) / 1e6 / elapsed : null,
      });
    };

    const next = () => {
      if (performance.now() >= deadline || started >= maxRequests) {
        if (active === 0) finish();
        return;
      }
      started += 1;
      active += 1;
      const start = performance.now();
      let settled = false;
      const sequence = started;
      let revision = 0;
      const settle = (failed, detail) => {
        if (settled) return;
        settled = true;
        const now = performance.now();
        lastDone = now;
        active -= 1;
        if (failed) {
          errors += 1;
          if (errorSamples.length < 5) errorSamples.push(detail);
          if (tracked) errorTimes.push(now - t0);
        } else {
          if (latencies) latencies[completed] = now - start;
          if (tracked) {
            starts[completed] = start - t0;
            revisions[completed] = revision;
          }
          completed += 1;
        }
        next();
      };
      const req = http.request({ ...target, agent, method: 'GET' }, (res) => {
        statuses[res.statusCode] = (statuses[res.statusCode] || 0) + 1;
        let length = 0;
        let chunks = null;
        if (tracked) {
          revision = Number(res.headers[tracked.revisionHeader]) || 0;
          // A sample of bodies, and the first answer of every new revision, are read in full and checked.
          if ((sequence - 1) % tracked.bodyCheckEvery === 0 || revision > highestRevision) chunks = [];
          if (revision > highestRevision) highestRevision = revision;
        }
        res.on('data', (chunk) => {
          length += chunk.length;
          if (chunks) chunks.push(chunk);
        });
        res.on('end', () => {
          bytes += length;
          const ok = res.statusCode >= 200 && res.statusCode < 300;
          if (!ok) return settle(true, `HTTP ${res.statusCode}`);
          if (tracked) {
            let problem = revision > 0 ? null : `wrong answer: no ${tracked.revisionHeader} header`;
            if (!problem && chunks) {
              bodiesChecked += 1;
              problem = checkBody(Buffer.concat(chunks), tracked.slug, revision);
            }
            if (problem) {
              wrongBodies += 1;
              return settle(true, problem);
            }
          }
          settle(false);
        });
        res.on('error', (error) => settle(true, error.message));
      });
      req.setTimeout(timeoutMs, () => req.destroy(new Error(`timeout after ${timeoutMs} ms`)));
      req.on('error', (error) => settle(true, error.message));
      req.end();
    };

    for (let i = 0; i < concurrency; i += 1) next();
  });

process.on('message', async (options) => {
  const url = new URL(options.url);
  if (url.protocol !== 'http:' || url.hostname !== '127.0.0.1') {
    process.send({ id: options.id, type: 'error', error: `refusing to load ${options.url}: only http://127.0.0.1 is allowed` });
    return;
  }
  if (!agent) agent = new http.Agent({ keepAlive: true, maxSockets: options.concurrency, maxFreeSockets: options.concurrency });
  const target = { host: '127.0.0.1', port: Number(url.port), path: url.pathname + url.search, headers: options.headers || {} };
  const result = await runSegment(target, options);
  process.send({ id: options.id, type: 'segment', ...result });
});

process.on('disconnect', () => {
  if (agent) agent.destroy();
  process.exit(0);
});
