'use strict';
const { SETTINGS } = require('./settings');
const { forkChild, waitFor, nextRequestId } = require('./children');
const { percentile, cpuSeconds } = require('./stats');

/**
 * One load generator (bench/load.js) aimed at one URL for the whole run. `warm()` runs an
 * unrecorded segment; `measure(seconds)` a recorded one, with the server's CPU time sampled around
 * it; `summary()` merges the recorded segments.
 */
const createLoad = (name, url, headers, serverPid, overrides = {}) => {
  const child = forkChild('load.js', {}, { serialization: 'advanced' });
  const recorded = [];
  const warmups = [];
  const options = { concurrency: SETTINGS.concurrency, maxRequests: SETTINGS.maxRequests, timeoutMs: SETTINGS.timeoutMs, ...overrides };
  const segment = async (seconds, record) => {
    const id = nextRequestId();
    const limit = seconds * 1000 + SETTINGS.timeoutMs * 2 + 10_000;
    const cpu0 = cpuSeconds(serverPid);
    child.send({ id, url, headers, ...options, seconds, record });
    const result = await waitFor(child, (message) => message && message.id === id, limit, `load ${name}`);
    const cpu1 = cpuSeconds(serverPid);
    result.serverCpuSeconds = cpu0 != null && cpu1 != null ? cpu1 - cpu0 : null;
    (record ? recorded : warmups).push(result);
    return result;
  };
  const round = (value, digits = 2) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);
  return {
    name,
    warm: () => segment(SETTINGS.warmupSeconds, false),
    measure: (seconds) => segment(seconds, true),
    close: () => child.connected && child.disconnect(),
    summary() {
      const sum = (key, list = recorded) => list.reduce((total, r) => total + (r[key] || 0), 0);
      const seconds = sum('seconds');
      const requests = sum('requests');
      const latencies = new Float64Array(requests);
      let offset = 0;
      for (const r of recorded) {
        latencies.set(r.latencies, offset);
        offset += r.latencies.length;
      }
      latencies.sort();
      const percentile = (p) => (requests ? latencies[Math.min(requests - 1, Math.ceil((p / 100) * requests) - 1)] : NaN);
      const serverCpuSeconds = recorded.every((r) => r.serverCpuSeconds != null) ? sum('serverCpuSeconds') : null;
      const statuses = {};
      for (const r of recorded) for (const [status, n] of Object.entries(r.statuses)) statuses[status] = (statuses[status] || 0) + n;
      return {
        rps: round(requests / seconds, 0),
        p50: round(percentile(50)),
        p99: round(percentile(99)),
        errors: sum('errors') + sum('errors', warmups),
        requests,
        seconds: round(seconds),
        segments: recorded.length,
        p90: round(percentile(90)),
        maxMs: round(requests ? latencies[requests - 1] : NaN),
        bytesPerResponse: requests ? Math.round(sum('bytes') / requests) : 0,
        // Cores busy during the measured segments (1.0 = one core): the server under test, the generator.
        serverCpu: serverCpuSeconds != null ? round(serverCpuSeconds / seconds) : null,
        clientCpu: round(recorded.reduce((total, r) => total + r.clientCpu * r.seconds, 0) / seconds),
        // Server CPU time per answered request (µs): what the endpoint costs, whoever limits req/s.
        serverCpuUsPerRequest: serverCpuSeconds != null && requests ? round((serverCpuSeconds * 1e6) / requests, 1) : null,
        statuses,
        errorSamples: [...warmups, ...recorded].flatMap((r) => r.errorSamples).slice(0, 5),
      };
    },
  };
};

module.exports = { createLoad };
