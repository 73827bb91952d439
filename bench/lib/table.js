'use strict';
/** The run's figures as a table on stdout. */
const { TARGETS } = require('./settings');
const { median, fmt, pad } = require('./stats');

const printTable = (results) => {
  const rows = [
    ['bare node:http', results.bareHttp],
    ['public read (plugin)', results.publicRead],
    ['Strapi REST (populate)', results.strapiRest],
  ];
  const line = (cells) =>
    `  ${pad(cells[0], 24)}${pad(cells[1], 9, true)}${pad(cells[2], 9, true)}${pad(cells[3], 9, true)}${pad(cells[4], 8, true)}${pad(cells[5], 8, true)}${pad(cells[6], 12, true)}${pad(cells[7], 12, true)}${pad(cells[8], 14, true)}`;
  console.log('');
  console.log(
    `Reads: concurrency ${results.settings.concurrency}, ${results.settings.warmupSeconds} s warm-up + ${results.settings.seconds} s measured each ` +
      `(bare/public in ${results.settings.rounds} alternating rounds), ${results.machine.cpus} CPUs, Node ${results.machine.node}, load avg ${results.machine.loadAverage.start[0]}`
  );
  console.log(line(['endpoint', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'bytes', 'server CPU', 'client CPU', 'server µs/req']));
  for (const [name, r] of rows) {
    console.log(line([name, fmt(r.rps, 0), fmt(r.p50), fmt(r.p99), r.errors, r.bytesPerResponse, fmt(r.serverCpu), fmt(r.clientCpu), fmt(r.serverCpuUsPerRequest, 1)]));
  }
  console.log('  (CPU columns: cores busy during the measured phase; a client near 1.0 core means the generator, not the server, sets req/s)');
  const mark = (ok) => (ok ? 'PASS' : 'FAIL');
  console.log('');
  console.log(`  public / bare         ${fmt(results.ratios.publicVsBare, 3)}   (target >= ${TARGETS.publicVsBare})   ${mark(results.pass.publicVsBare)}`);
  console.log(`  public / Strapi REST  ${fmt(results.ratios.publicVsStrapiRest, 1)}   (target >= ${TARGETS.publicVsStrapiRest})   ${mark(results.pass.publicVsStrapiRest)}`);
  console.log(`  by server CPU per request (bare µs / public µs, not a target): ${fmt(results.ratios.publicVsBareByServerCpu)}`);
  const p = results.publish;
  console.log('');
  console.log(`Publish (median of ${p.count}, update excluded):`);
  console.log(`  with ${p.historyWith1.from}-${p.historyWith1.to} earlier revisions     ${fmt(p.medianMsWith1)} ms  (min ${fmt(p.detail.with1.minMs)}, max ${fmt(p.detail.with1.maxMs)})`);
  console.log(`  with ${p.historyWith1000.from}-${p.historyWith1000.to} earlier revisions  ${fmt(p.medianMsWith1000)} ms  (min ${fmt(p.detail.with1000.minMs)}, max ${fmt(p.detail.with1000.maxMs)})`);
  console.log(`  ratio                               ${fmt(p.ratio)}   (target <= ${TARGETS.publishRatioMax})   ${mark(results.pass.publishRatio)}`);
  console.log(`  revision numbers 1..${p.finalRevisions} consecutive: ${p.consecutive ? 'yes' : 'NO'}`);

  const y = results.syncLatency;
  console.log('');
  console.log(`Publish to site (healthy loopback receiver, ${y.payloadMode} payload of ${y.payloadBytes} bytes, poll ${y.pollMs} ms; ${y.measured} publishes one at a time after ${y.warmups} unmeasured):`);
  console.log(`  publish call → receiver has it   p50 ${fmt(y.latencyMs.p50)} ms   p95 ${fmt(y.latencyMs.p95)} ms   max ${fmt(y.latencyMs.max)} ms   (target p50 < ${TARGETS.syncP50MaxMs})   ${mark(results.pass.syncP50)}`);
  console.log(`    of which the publish call      p50 ${fmt(y.publishCallMs.p50)} ms   p95 ${fmt(y.publishCallMs.p95)} ms   max ${fmt(y.publishCallMs.max)} ms`);
  console.log(`    publish returned → arrival     p50 ${fmt(y.afterPublishReturnedMs.p50)} ms   p95 ${fmt(y.afterPublishReturnedMs.p95)} ms   max ${fmt(y.afterPublishReturnedMs.max)} ms`);
  console.log(`    worker's delivery attempt      p50 ${fmt(y.workerAttemptMs.p50)} ms   p95 ${fmt(y.workerAttemptMs.p95)} ms   max ${fmt(y.workerAttemptMs.max)} ms   (revision read, payload, signature, POST, answer; whole ms)`);
  console.log(
    `  delivered ${y.delivered} of ${y.published} published; signatures verified: ${y.allVerified ? 'all' : 'NO'}; ` +
      `arrived twice: ${y.duplicateWebhookIds} webhook-id(s), ${y.revisionsArrivedTwice} revision(s); outbox ${y.outbox.delivered}/${y.outbox.rows} delivered, max attempts ${y.outbox.maxAttempts}`
  );

  const o = results.outageRecovery;
  console.log('');
  console.log(`After an outage (the site answered 503 while ${o.publishes} revisions were published; recovered right after failure ${o.failuresBeforeRecovery} of the first):`);
  console.log(
    `  recovery → all at the site ${fmt(o.recoveryToAllMs)} ms; backoff step being waited out ${fmt(o.backoffStepMs)} ms; retry due ${fmt(o.retryDueAfterRecoveryMs)} ms after recovery; ` +
      `retry due → last arrival ${fmt(o.afterRetryDueMs)} ms; in order: ${o.inRevisionOrder ? 'yes' : 'NO'}; twice: ${o.arrivedTwice}   ${mark(results.pass.outageWithinOneStep)}`
  );

  const c = results.claimsDesk;
  console.log('');
  console.log(`Claims desk: ${c.claimsAdded} claims added (tracked by the draft: ${c.trackedByDraft}); claims-desk list(), server time, ${c.warmups} warm-up + ${c.runs} runs each:`);
  const qline = (cells) => `  ${pad(cells[0], 38)}${pad(cells[1], 8, true)}${pad(cells[2], 11, true)}${pad(cells[3], 9, true)}${pad(cells[4], 9, true)}   ${cells[5]}`;
  console.log(qline(['query', 'total', 'median ms', 'p95 ms', 'max ms', `p95 < ${TARGETS.deskP95MaxMs} ms`]));
  for (const q of c.queries) console.log(qline([q.name, q.total, fmt(q.medianMs), fmt(q.p95Ms), fmt(q.maxMs), q.reference ? '(reference for HTTP)' : mark(q.pass)]));
  console.log(
    `  HTTP, client-side: ${c.http.request}: median ${fmt(c.http.clientMedianMs)} ms, p95 ${fmt(c.http.clientP95Ms)} ms over ${c.http.runs} ` +
      `(same query in-process ${fmt(c.http.serverMedianMsSameQuery)} ms → HTTP + auth overhead ≈ ${fmt(c.http.overheadMs)} ms)`
  );
  console.log(`  (${c.note})`);

  const l = results.loadWhilePublishing;
  const lp = l.publishes;
  const f = l.freshness;
  console.log('');
  console.log(
    `Load while publishing: ${fmt(l.seconds, 1)} s of public reads (concurrency ${l.concurrency}, ${l.generators} generator(s)) while an editor edits + publishes over admin HTTP every ${l.publishEveryMs} ms:`
  );
  console.log(
    `  reads       ${l.requests} answered, ${fmt(l.rps, 0)} req/s, p50 ${fmt(l.latencyMs.p50)} ms, p99 ${fmt(l.latencyMs.p99)} ms, max ${fmt(l.latencyMs.max)} ms; ` +
      `errors ${l.errors} (target 0) ${mark(results.pass.loadErrors)}; ${l.bodiesChecked} bodies checked, ${l.wrongBodies} wrong; server CPU ${fmt(l.serverCpu)}, client CPU ${fmt(l.clientCpu)}`
  );
  console.log(
    `  publishes   ${lp.changed}/${lp.made} recorded a revision (consecutive: ${lp.consecutive ? 'yes' : 'NO'}); publish call p50 ${fmt(lp.publishCallMs.p50)} ms, p99 ${fmt(lp.publishCallMs.p99)} ms, max ${fmt(lp.publishCallMs.max)} ms; ` +
      `edit call p50 ${fmt(lp.editCallMs.p50)} ms, p99 ${fmt(lp.editCallMs.p99)} ms`
  );
  console.log(
    `  freshness   publish returned → first read with it: p50 ${fmt(f.afterReturnMs.p50)} ms, p99 ${fmt(f.afterReturnMs.p99)} ms, max ${fmt(f.afterReturnMs.max)} ms; ` +
      `(from the call's start p50 ${fmt(f.afterStartMs.p50)} ms); stale reads begun after a publish returned: ${f.staleReadsAfterReturn} (in ${f.publishesWithStaleReads} publishes, latest +${fmt(f.maxStaleWindowMs)} ms)`
  );
  console.log(
    `  sync        delivered ${l.sync.delivered}/${l.sync.expected} ${mark(results.pass.loadDelivered)}; twice: ${l.sync.duplicateWebhookIds} webhook-id(s), ${l.sync.revisionsArrivedTwice} revision(s); ` +
      `missing: ${l.sync.missing.join(', ') || 'none'}; signatures verified: ${l.sync.allVerified ? 'all' : 'NO'}; publish call → receiver p50 ${fmt(l.sync.afterPublishStartMs.p50)} ms, p99 ${fmt(l.sync.afterPublishStartMs.p99)} ms`
  );
  console.log('');
  const e = results.editions;
  if (e) {
    console.log(`Editions (${e.seeded.join(', ')} added to English): English publish median ${fmt(e.publish.medianMsAlone)} ms alone, ${fmt(e.publish.medianMsWithThree)} ms with three editions, ` +
      `ratio ${fmt(e.publish.ratio)} (target <= ${TARGETS.editionsPublishRatioMax}) ${mark(results.pass.editionsPublishRatio)}`);
    for (const read of e.reads) {
      console.log(`  public read ?locale=${read.locale}: ${fmt(read.publicRead.rps, 0)} req/s vs bare ${fmt(read.bareHttp.rps, 0)} req/s, ratio ${fmt(read.ratio, 3)} (target >= ${TARGETS.publicVsBare})`);
    }
    console.log('');
  }
};

module.exports = { printTable };
