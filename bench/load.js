'use strict';
/**
 * The load generator, run by bench/run.js with child_process.fork so it never shares an event loop
 * with a server under test. One generator per target, kept for the whole run (its keep-alive agent,
 * maxSockets = concurrency, keeps its connections). Closed loop: `concurrency` workers, each sending
 * its next GET as soon as the previous answer has been read in full.
 *
 *   parent → { id, url, headers, concurrency, seconds, maxRequests, timeoutMs, record }
 *   child  → { id, type: 'segment', requests, errors, seconds, latencies (Float64Array, ms), clientCpu, … }
 *
 * Each segment stops by itself: at its deadline or after maxRequests, whichever comes first (no new
 * request starts after that; those in flight finish or time out). Only http://127.0.0.1 is accepted.
 * Needs fork(…, { serialization: 'advanced' }) for the latency array.
 */
const http = require('node:http');
const { performance } = require('node:perf_hooks');

let agent = null;

const runSegment = (target, { concurrency, seconds, maxRequests, timeoutMs, record }) =>
  new Promise((resolve) => {
    const latencies = record ? new Float64Array(maxRequests) : null;
    let started = 0;
    let completed = 0;
    let errors = 0;
    let bytes = 0;
    let active = 0;
    const statuses = {};
    const errorSamples = [];
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
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
      const settle = (failed, detail) => {
        if (settled) return;
        settled = true;
        const now = performance.now();
        lastDone = now;
        active -= 1;
        if (failed) {
          errors += 1;
          if (errorSamples.length < 5) errorSamples.push(detail);
        } else {
          if (latencies) latencies[completed] = now - start;
          completed += 1;
        }
        next();
      };
      const req = http.request({ ...target, agent, method: 'GET' }, (res) => {
        statuses[res.statusCode] = (statuses[res.statusCode] || 0) + 1;
        let length = 0;
        res.on('data', (chunk) => {
          length += chunk.length;
        });
        res.on('end', () => {
          bytes += length;
          const ok = res.statusCode >= 200 && res.statusCode < 300;
          settle(!ok, ok ? undefined : `HTTP ${res.statusCode}`);
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
