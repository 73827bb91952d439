'use strict';
const http = require('node:http');
const { performance } = require('node:perf_hooks');
const { SETTINGS, TARGETS, log } = require('../lib/settings');
const { command } = require('../lib/children');
const { get, postJson } = require('../lib/http');
const { percentile, r2 } = require('../lib/stats');

/**
 * The claims desk with `SETTINGS.claims` more claims tracked by the Pokrovsk draft (after every
 * other phase: the published snapshot is not re-published with them). Server time: the desk service
 * list() timed inside the Strapi process. Client time: the admin route through HTTP, once, to show
 * the overhead.
 */
const measureClaimsDesk = async (server, base, documentId) => {
  log(`claims desk: adding ${SETTINGS.claims} claims (8 new actors, Document Service, 200 to a transaction) to the draft explainer`);
  const seeded = await command(server, 'seedClaims', { documentId, count: SETTINGS.claims }, 240_000);
  log(`claims desk: ${seeded.created} claims in ${(seeded.ms / 1000).toFixed(1)} s; the draft tracks ${seeded.tracked} (was ${seeded.trackedBefore})`);
  const queries = [
    { name: 'all, page 1', query: { explainer: documentId, pageSize: 25 } },
    { name: 'status disputed', query: { explainer: documentId, status: 'disputed', pageSize: 25 } },
    { name: 'side russia, stale 48 h', query: { explainer: documentId, side: 'russia', staleHours: 48, pageSize: 25 } },
    { name: "search 'Pokrovsk', madeAt desc", query: { explainer: documentId, search: 'Pokrovsk', sort: 'madeAt:desc', pageSize: 25 } },
    { name: 'changed since publish, p.2 ×100', query: { explainer: documentId, changedSincePublish: true, pageSize: 100, page: 2 } },
    // What the HTTP request below asks for (no explainer: the service resolves the default one).
    { name: 'status disputed, default explainer', query: { status: 'disputed', pageSize: 25 }, reference: true },
  ];
  log(`claims desk: ${queries.length} queries × (${SETTINGS.deskWarmups} warm-up + ${SETTINGS.deskRuns} timed) runs of claims-desk list()`);
  const timed = await command(server, 'deskTimings', { queries: queries.map(({ name, query }) => ({ name, query })), warmup: SETTINGS.deskWarmups, runs: SETTINGS.deskRuns }, 300_000);
  const rows = timed.map((t, i) => ({
    name: t.name,
    query: t.query,
    reference: !!queries[i].reference,
    total: t.total,
    returned: t.returned,
    medianMs: r2(percentile(t.timingsMs, 50)),
    p95Ms: r2(percentile(t.timingsMs, 95)),
    maxMs: r2(Math.max(...t.timingsMs)),
    pass: !queries[i].reference ? percentile(t.timingsMs, 95) < TARGETS.deskP95MaxMs : undefined,
  }));

  // Through HTTP: an admin session, then the admin route, sequentially on one keep-alive connection.
  const { email, password } = await command(server, 'adminUser');
  const login = await postJson(`${base}/admin/login`, { email, password });
  const token = login.status === 200 ? JSON.parse(login.body.toString('utf8')).data.token : null;
  if (!token) throw new Error(`admin login answered ${login.status}: ${login.body.toString().slice(0, 300)}`);
  const route = '/conflict-explainer/claims?pageSize=25&status=disputed';
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const headers = { Authorization: `Bearer ${token}` };
  const timings = [];
  let statuses = {};
  let httpTotal = null;
  for (let i = 0; i < SETTINGS.deskWarmups + SETTINGS.httpRuns; i += 1) {
    const t = performance.now();
    const res = await get(`${base}${route}`, headers, agent);
    const ms = performance.now() - t;
    statuses[res.status] = (statuses[res.status] || 0) + 1;
    if (res.status === 200) httpTotal = JSON.parse(res.body.toString('utf8')).meta.pagination.total;
    if (i >= SETTINGS.deskWarmups) timings.push(ms);
  }
  agent.destroy();
  const reference = rows.find((r) => r.reference);
  const httpMedian = percentile(timings, 50);
  return {
    claimsAdded: seeded.created,
    actorsAdded: seeded.actors,
    trackedByDraft: seeded.tracked,
    seedMs: r2(seeded.ms),
    runs: SETTINGS.deskRuns,
    warmups: SETTINGS.deskWarmups,
    queries: rows,
    http: {
      request: `GET ${route} (admin JWT, keep-alive, sequential)`,
      runs: timings.length,
      statuses,
      total: httpTotal,
      clientMedianMs: r2(httpMedian),
      clientP95Ms: r2(percentile(timings, 95)),
      serverMedianMsSameQuery: reference.medianMs,
      overheadMs: r2(httpMedian - reference.medianMs),
    },
    note: 'the public snapshot was not re-published with these claims',
  };
};

// Last but one, so its claims touch no earlier figure.
const run = async ({ server, base, documentId }) => ({ claimsDesk: await measureClaimsDesk(server, base, documentId) });

const pass = ({ claimsDesk }) => ({ claimsDesk: Object.fromEntries(claimsDesk.queries.filter((q) => !q.reference).map((q) => [q.name, q.pass])) });

const problems = ({ claimsDesk }) => {
  const found = [];
  if (claimsDesk.trackedByDraft < claimsDesk.claimsAdded) found.push(`claims desk: the draft tracks ${claimsDesk.trackedByDraft} claims, fewer than the ${claimsDesk.claimsAdded} added`);
  if (Object.keys(claimsDesk.http.statuses).some((status) => status !== '200')) found.push(`claims desk HTTP: statuses ${JSON.stringify(claimsDesk.http.statuses)}`);
  const disputed = claimsDesk.queries.find((q) => q.reference);
  if (claimsDesk.http.total !== disputed.total) found.push(`claims desk HTTP total ${claimsDesk.http.total} differs from the service's ${disputed.total}`);
  return found;
};

module.exports = { name: 'claims desk', run, pass, problems, measureClaimsDesk };
