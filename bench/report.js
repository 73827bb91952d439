'use strict';
/**
 * bench/REPORT.md and the load-while-publishing chart (bench/load-while-publishing.svg, drawn by hand,
 * and a PNG of it rendered with sharp), from the results object bench/run.js writes to
 * bench/results.json. Same sections, tables and rows on every run; only the figures change.
 *
 *   node bench/report.js [bench/results.json]   re-renders the report and chart from saved results
 */
const fs = require('node:fs');
const path = require('node:path');

const REPORT = path.join(__dirname, 'REPORT.md');
const CHART_SVG = path.join(__dirname, 'load-while-publishing.svg');
const CHART_PNG = path.join(__dirname, 'load-while-publishing.png');

const fmt = (value, digits = 2) => (value == null || !Number.isFinite(value) ? '–' : value.toFixed(digits));
const int = (value) => (value == null || !Number.isFinite(value) ? '–' : Math.round(value).toLocaleString('en-US'));
const mark = (ok) => (ok ? 'PASS' : '**FAIL**');
const escapeXml = (text) => String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Round axis ticks: 0 … max in 1, 2, 2.5 or 5 × 10^n steps, about `count` of them. */
const ticks = (max, count = 5) => {
  if (!(max > 0)) return { top: 1, step: 1 };
  const raw = max / count;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * magnitude).find((s) => s >= raw);
  return { top: Math.ceil(max / step) * step, step };
};

/* ------------------------------------------------------------------ chart */

/**
 * Two panels sharing the time axis (seconds of the measured load): answered reads per second (and
 * errors per second, in red, when there are any) above; p50 and p99 latency per second below. A
 * dashed vertical line at each publish call, labelled with the revision it recorded.
 */
const chartSvg = (results) => {
  const l = results.loadWhilePublishing;
  const W = 960;
  const H = 580;
  const left = 70;
  const right = 20;
  const plotW = W - left - right;
  const top1 = 84;
  const h1 = 190;
  const top2 = top1 + h1 + 60;
  const h2 = 190;
  const seconds = Math.max(1, l.perSecond.length);
  const x = (s) => left + (s / seconds) * plotW;
  const font = "font-family=\"DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif\"";
  const out = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" ${font} font-size="12">`);
  out.push(`<rect width="${W}" height="${H}" fill="#ffffff"/>`);
  out.push(
    `<text x="${left}" y="22" font-size="15" font-weight="bold" fill="#111">Load while publishing: ${l.concurrency} concurrent public reads for ${fmt(l.seconds, 0)} s, a publish every ${fmt(l.publishEveryMs / 1000, 1)} s</text>`
  );
  out.push(
    `<text x="${left}" y="40" fill="#444">${escapeXml(
      `${int(l.requests)} reads, ${int(l.rps)} req/s, p50 ${fmt(l.latencyMs.p50)} ms, p99 ${fmt(l.latencyMs.p99)} ms, ${l.errors} errors; ${l.publishes.changed} publishes, ${l.sync.delivered}/${l.sync.expected} revisions delivered; ${results.machine.cpus} CPUs, Node ${results.machine.node}, ${results.date.slice(0, 10)}`
    )}</text>`
  );

  const panel = (top, height, label, series, unit) => {
    const max = Math.max(1, ...series.flatMap((s) => s.values.filter(Number.isFinite)));
    const { top: yTop, step } = ticks(max);
    const y = (v) => top + height - (v / yTop) * height;
    out.push(`<text x="${left}" y="${top - 10}" font-weight="bold" fill="#222">${escapeXml(label)}</text>`);
    for (let v = 0; v <= yTop + step / 2; v += step) {
      out.push(`<line x1="${left}" x2="${left + plotW}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="${v === 0 ? '#888' : '#e3e3e3'}" stroke-width="1"/>`);
      out.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" fill="#555">${escapeXml(Number(v.toFixed(2)).toLocaleString('en-US'))}</text>`);
    }
    out.push(`<text transform="translate(${left - 52},${top + height / 2}) rotate(-90)" text-anchor="middle" fill="#555">${escapeXml(unit)}</text>`);
    for (const s of series) {
      if (s.kind === 'bars') {
        const bw = Math.max(1, plotW / seconds - 2);
        s.values.forEach((v, i) => {
          if (!(v > 0)) return;
          out.push(`<rect x="${(x(i) + 1).toFixed(1)}" y="${y(v).toFixed(1)}" width="${bw.toFixed(1)}" height="${(top + height - y(v)).toFixed(1)}" fill="${s.color}" opacity="${s.opacity || 1}"/>`);
        });
      } else {
        const points = s.values.map((v, i) => (Number.isFinite(v) ? `${x(i + 0.5).toFixed(1)},${y(v).toFixed(1)}` : null)).filter(Boolean);
        if (points.length) out.push(`<polyline points="${points.join(' ')}" fill="none" stroke="${s.color}" stroke-width="${s.width || 2}"/>`);
      }
    }
    // Legend, top right of the panel.
    let lx = left + plotW;
    for (const s of [...series].reverse()) {
      const width = 22 + s.name.length * 6.6;
      lx -= width + 14;
      out.push(
        s.kind === 'bars'
          ? `<rect x="${lx.toFixed(1)}" y="${top - 20}" width="14" height="10" fill="${s.color}" opacity="${s.opacity || 1}"/>`
          : `<line x1="${lx.toFixed(1)}" x2="${(lx + 14).toFixed(1)}" y1="${top - 15}" y2="${top - 15}" stroke="${s.color}" stroke-width="${s.width || 2}"/>`
      );
      out.push(`<text x="${(lx + 19).toFixed(1)}" y="${top - 10}" fill="#333">${escapeXml(s.name)}</text>`);
    }
  };

  const errorsPerSecond = l.perSecond.map((b) => b.errors);
  panel(
    top1,
    h1,
    'Answered public reads per second',
    [
      { name: 'reads/s', kind: 'bars', color: '#3b6fb6', opacity: 0.85, values: l.perSecond.map((b) => b.requests) },
      ...(errorsPerSecond.some((e) => e > 0) ? [{ name: 'errors/s', kind: 'bars', color: '#d62728', values: errorsPerSecond }] : []),
    ],
    'req/s'
  );
  panel(
    top2,
    h2,
    'Read latency per second (client side)',
    [
      { name: 'p50', kind: 'line', color: '#7f7f7f', width: 1.5, values: l.perSecond.map((b) => b.p50) },
      { name: 'p99', kind: 'line', color: '#e6550d', width: 2, values: l.perSecond.map((b) => b.p99) },
    ],
    'ms'
  );

  // Publish markers across both panels: a dashed line when the call started, shading while it ran.
  for (const p of l.perPublish) {
    const px = x(p.atMs / 1000).toFixed(1);
    if (Number.isFinite(p.publishMs)) {
      const w = Math.max(1, x((p.atMs + p.publishMs) / 1000) - x(p.atMs / 1000)).toFixed(1);
      out.push(`<rect x="${px}" y="${top1}" width="${w}" height="${h1}" fill="#2ca02c" opacity="0.12"/>`);
      out.push(`<rect x="${px}" y="${top2}" width="${w}" height="${h2}" fill="#2ca02c" opacity="0.12"/>`);
    }
    out.push(`<line x1="${px}" x2="${px}" y1="${top1}" y2="${top2 + h2}" stroke="${p.changed ? '#2ca02c' : '#d62728'}" stroke-width="1" stroke-dasharray="4 3"/>`);
    out.push(`<text x="${px}" y="${top1 + h1 + 14}" text-anchor="middle" font-size="10" fill="#2a7a2a">${escapeXml(p.revision != null ? `r${p.revision}` : '×')}</text>`);
  }
  // Time axis.
  const { step: xStep } = ticks(seconds, 12);
  for (let s = 0; s <= seconds + 1e-9; s += xStep) {
    out.push(`<line x1="${x(s).toFixed(1)}" x2="${x(s).toFixed(1)}" y1="${top2 + h2}" y2="${top2 + h2 + 5}" stroke="#888"/>`);
    out.push(`<text x="${x(s).toFixed(1)}" y="${top2 + h2 + 18}" text-anchor="middle" fill="#555">${escapeXml(Number(s.toFixed(2)))}</text>`);
  }
  out.push(`<text x="${left + plotW / 2}" y="${top2 + h2 + 36}" text-anchor="middle" fill="#555">seconds into the measured load; dashed green line: a publish call starts (label: its revision), shaded while it runs</text>`);
  out.push('</svg>');
  return `${out.join('\n')}\n`;
};

/* ------------------------------------------------------------------ markdown */

const table = (header, rows, align) => {
  const lines = [`| ${header.join(' | ')} |`, `| ${align.map((a) => (a === 'r' ? '---:' : a === 'c' ? ':---:' : '---')).join(' | ')} |`];
  for (const row of rows) lines.push(`| ${row.join(' | ')} |`);
  return lines.join('\n');
};

/** The command that reproduces this run: `npm run bench` with the BENCH_* variables that were set. */
const reproduceCommand = (env) => {
  const vars = Object.keys(env)
    .filter((key) => key.startsWith('BENCH_') && key !== 'BENCH_SKIP_BUILD')
    .sort()
    .map((key) => `${key}=${env[key]}`);
  return [...vars, 'npm run bench'].join(' ');
};

const markdown = (results, env = process.env) => {
  const r = results;
  const s = r.settings;
  const l = r.loadWhilePublishing;
  const y = r.syncLatency;
  const o = r.outageRecovery; // absent in results from before the outage phase
  const p = r.publish;
  const c = r.claimsDesk;
  const w = r.pageWeight; // absent in results from before these phases
  const m = r.mapValidation;
  const e = r.editions; // absent in results from before the editions phase
  const deskQueries = c.queries.filter((q) => !q.reference);
  const worstDesk = deskQueries.reduce((worst, q) => (!worst || q.p95Ms > worst.p95Ms ? q : worst), null);
  const lines = [];
  const push = (...text) => lines.push(...text);

  push(
    '# Benchmark report',
    '',
    `Written by \`npm run bench\` (\`bench/run.js\`, described in [bench/README.md](README.md)); regenerate rather than edit. ` +
      'Timing targets are reported (FAIL does not fail the run); errors, lost or duplicated revisions do.',
    '',
    `- **Date**: ${r.date}`,
    `- **Machine**: ${r.machine.cpus} CPUs (${r.machine.cpuModel || 'unknown model'}), ${r.machine.memoryGb} GB, ${r.machine.platform}, Node ${r.machine.node}; ` +
      `load average (1 min) ${r.machine.loadAverage.start[0]} at the start, ${r.machine.loadAverage.end[0]} at the end` +
      (r.machine.loadAverage.start[0] > r.machine.cpus / 2 ? ' (other work was running: req/s and latencies move with it)' : ''),
    `- **Database**: ${s.database}; the plugin from \`dist/\`, the playground app from \`playground/dist/\`, \`NODE_ENV=production\``,
    `- **Run time**: ${r.runSeconds} s in total (build included unless \`BENCH_SKIP_BUILD=true\`)`,
    `- **Reproduce**: \`${r.command || reproduceCommand(env)}\``,
    ''
  );

  push('## Targets', '');
  push(
    table(
      ['claim', 'target', 'measured', 'result'],
      [
        ['public read vs bare `node:http`, req/s ratio', '≥ 0.7', fmt(r.ratios.publicVsBare, 3), mark(r.pass.publicVsBare)],
        ['public read vs plain Strapi REST (full populate), req/s ratio', '≥ 10×', `${fmt(r.ratios.publicVsStrapiRest, 1)}×`, mark(r.pass.publicVsStrapiRest)],
        [`publish median with ~${int(p.historyWith1000.from)} vs ~1 earlier revisions`, `~1 (≤ ${r.targets.publishRatioMax})`, fmt(p.ratio), mark(r.pass.publishRatio)],
        [`claims desk \`list()\` with ${int(c.claimsAdded)} more claims, worst p95 of ${deskQueries.length} queries`, `< ${r.targets.deskP95MaxMs} ms`, `${fmt(worstDesk.p95Ms)} ms (${worstDesk.name})`, mark(deskQueries.every((q) => q.pass))],
        ['publish → site (signed webhook at the receiver), p50', `< ${r.targets.syncP50MaxMs} ms`, `${fmt(y.latencyMs.p50)} ms`, mark(r.pass.syncP50)],
        ...(o
          ? [[
              `after an outage: all ${o.publishes} revisions within one backoff step of recovery, in order, once`,
              'all at the first retry',
              `${int(o.recoveryToAllMs)} ms after recovery (step ${int(o.backoffStepMs)} ms; last ${fmt(o.afterRetryDueMs)} ms after the retry)`,
              mark(r.pass.outageWithinOneStep),
            ]]
          : []),
        [`load while publishing: errors in ${int(l.requests + l.errors)} reads`, '0', String(l.errors), mark(r.pass.loadErrors)],
        ['load while publishing: revisions delivered exactly once, signed', 'all', `${l.sync.delivered}/${l.sync.expected}, ${l.sync.revisionsArrivedTwice} twice`, mark(r.pass.loadDelivered)],
        ...(w ? [["reader's page (HTML + CSS, maps included), gzip", `< ${int(w.targetGzipBytes / 1024)} KB`, `${fmt(w.gzipBytes / 1024, 1)} KB (${fmt(w.rawBytes / 1024, 1)} KB raw)`, mark(w.withinTarget)]] : []),
        ...(m
          ? [
              [`map validation, worst of ${m.results.length} maps under the size limit`, `≤ ${m.targets.validationMaxMs} ms, ≤ ${m.targets.rssGrowthMaxMb} MB`, `${fmt(Math.max(...m.results.map((x) => x.validationMs)), 0)} ms, ${fmt(Math.max(...m.results.map((x) => x.rssGrowthMb)), 1)} MB`, mark(m.results.every((x) => x.validationMs <= m.targets.validationMaxMs && x.rssGrowthMb <= m.targets.rssGrowthMaxMb))],
              ['public read while the worst map is validated, slowest', `≤ ${m.targets.publicReadMaxMs} ms`, `${fmt(Math.max(...m.results.map((x) => x.publicReadMaxMs)), 0)} ms`, mark(m.results.every((x) => x.publicReadMaxMs <= m.targets.publicReadMaxMs))],
            ]
          : []),
        ...(e
          ? [
              [`publish median of the English edition with ${e.seeded.length + 1} editions vs English alone`, `≤ ${r.targets.editionsPublishRatioMax}`, fmt(e.publish.ratio), mark(r.pass.editionsPublishRatio)],
              ...e.reads.map((read) => [`public read of the ${read.locale} edition vs bare \`node:http\`, req/s ratio`, `≥ ${r.targets.publicVsBare}`, fmt(read.ratio, 3), mark(read.ratio >= r.targets.publicVsBare)]),
            ]
          : []),
      ],
      ['l', 'l', 'r', 'c']
    ),
    ''
  );

  push(
    '## Reads',
    '',
    `Concurrency ${s.concurrency}, closed loop, one \`bench/load.js\` process per endpoint; ${s.warmupSeconds} s warm-up, then ${s.seconds} s measured ` +
      `(bare and public alternate in ${s.rounds} rounds). CPU columns: cores busy during the measured time.`,
    ''
  );
  push(
    table(
      ['endpoint', 'req/s', 'p50 ms', 'p99 ms', 'errors', 'bytes', 'server CPU', 'client CPU', 'server µs/req'],
      [
        ['bare `node:http` (same bytes)', r.bareHttp],
        ['public read (plugin)', r.publicRead],
        ['Strapi REST (full populate)', r.strapiRest],
      ].map(([name, x]) => [name, int(x.rps), fmt(x.p50), fmt(x.p99), String(x.errors), int(x.bytesPerResponse), fmt(x.serverCpu), fmt(x.clientCpu), fmt(x.serverCpuUsPerRequest, 1)]),
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']
    ),
    '',
    `Ratios: public / bare **${fmt(r.ratios.publicVsBare, 3)}**, public / REST **${fmt(r.ratios.publicVsStrapiRest, 1)}×**; by server CPU per request (bare µs / public µs, not a target) ${fmt(r.ratios.publicVsBareByServerCpu)}.`,
    ''
  );

  push('## Publish cost vs history', '', `Median of ${p.count} publishes (the draft's update not timed).`, '');
  push(
    table(
      ['earlier revisions', 'median ms', 'min ms', 'max ms'],
      [
        [`${p.historyWith1.from}–${p.historyWith1.to}`, fmt(p.medianMsWith1), fmt(p.detail.with1.minMs), fmt(p.detail.with1.maxMs)],
        [`${p.historyWith1000.from}–${p.historyWith1000.to}`, fmt(p.medianMsWith1000), fmt(p.detail.with1000.minMs), fmt(p.detail.with1000.maxMs)],
      ],
      ['l', 'r', 'r', 'r']
    ),
    '',
    `Ratio **${fmt(p.ratio)}**; revision numbers 1…${p.finalRevisions} consecutive: ${p.consecutive ? 'yes' : '**no**'}.`,
    ''
  );

  push(
    '## Publish to site',
    '',
    `${y.measured} publishes one at a time (after ${y.warmups} unmeasured), ${y.payloadMode} payload of ${int(y.payloadBytes)} bytes, to a loopback receiver verifying every Standard Webhooks signature; worker poll ${y.pollMs} ms.`,
    ''
  );
  push(
    table(
      ['span', 'p50 ms', 'p95 ms', 'max ms'],
      [
        ['publish call → receiver has the revision', fmt(y.latencyMs.p50), fmt(y.latencyMs.p95), fmt(y.latencyMs.max)],
        ['… of which the publish call', fmt(y.publishCallMs.p50), fmt(y.publishCallMs.p95), fmt(y.publishCallMs.max)],
        ['… publish returned → arrival', fmt(y.afterPublishReturnedMs.p50), fmt(y.afterPublishReturnedMs.p95), fmt(y.afterPublishReturnedMs.max)],
        ["worker's delivery attempt (whole ms)", fmt(y.workerAttemptMs.p50), fmt(y.workerAttemptMs.p95), fmt(y.workerAttemptMs.max)],
      ],
      ['l', 'r', 'r', 'r']
    ),
    '',
    `Delivered ${y.delivered}/${y.published}; signatures verified: ${y.allVerified ? 'all' : '**not all**'}; arrived twice: ${y.duplicateWebhookIds} webhook-id(s), ${y.revisionsArrivedTwice} revision(s); outbox ${y.outbox.delivered}/${y.outbox.rows} delivered, max attempts ${y.outbox.maxAttempts}.`,
    ''
  );

  if (o) {
    push(
      '## After an outage',
      '',
      `The site answered 503 while ${o.publishes} revisions were published (its own target and receiver). Revisions go out in order, so only the first was retried, with backoff; after its failure ${o.failuresBeforeRecovery} the site recovered at once, the worst moment: the worker had a whole backoff step to wait out.`,
      ''
    );
    push(
      table(
        ['span', 'ms'],
        [
          ['backoff step being waited out when the site recovered', fmt(o.backoffStepMs)],
          ['recovery → the retry falls due', fmt(o.retryDueAfterRecoveryMs)],
          ['retry due → first revision at the site', fmt(o.firstAfterRetryDueMs)],
          [`retry due → all ${o.publishes} at the site`, fmt(o.afterRetryDueMs)],
          [`**recovery → all ${o.publishes} at the site**`, `**${fmt(o.recoveryToAllMs)}**`],
        ],
        ['l', 'r']
      ),
      '',
      `Delivered ${o.delivered}/${o.publishes} (revisions ${o.revisions.join(', ')}), in revision order: ${o.inRevisionOrder ? 'yes' : '**no**'}; arrived twice: ${o.arrivedTwice}; signatures verified: ${o.allVerified ? 'all' : '**not all**'}; refused attempts during the outage: ${o.refusedAttempts} (${o.refusedOtherRevisions} for later revisions); outbox ${o.outbox.delivered}/${o.outbox.rows} delivered, max attempts ${o.outbox.maxAttempts}.`,
      ''
    );
  }

  push(
    '## Claims desk',
    '',
    `${int(c.claimsAdded)} claims added (the draft tracks ${int(c.trackedByDraft)}); server time of \`claims-desk.list()\`, ${c.warmups} warm-up + ${c.runs} runs per query.`,
    ''
  );
  push(
    table(
      ['query', 'total', 'median ms', 'p95 ms', 'max ms', `p95 < ${r.targets.deskP95MaxMs} ms`],
      [
        ...deskQueries.map((q) => [q.name, int(q.total), fmt(q.medianMs), fmt(q.p95Ms), fmt(q.maxMs), mark(q.pass)]),
        [`HTTP \`${c.http.request.replace(/ \(.*$/, '')}\`, client side`, int(c.http.total), fmt(c.http.clientMedianMs), fmt(c.http.clientP95Ms), '–', '–'],
      ],
      ['l', 'r', 'r', 'r', 'r', 'c']
    ),
    ''
  );

  const lp = l.publishes;
  const f = l.freshness;
  push(
    '## Load while publishing',
    '',
    `${fmt(l.seconds, 1)} s of public reads (\`GET /api/conflict-explainer/explainers/pokrovsk\`, concurrency ${l.concurrency}, ${l.generators} generator process(es), after a ${s.warmupSeconds} s warm-up) ` +
      `while an editor, an admin over HTTP, changes the standfirst (content-manager \`PUT\`) and publishes (\`POST /conflict-explainer/explainers/:documentId/publish\` with a public note) every ${fmt(l.publishEveryMs / 1000, 1)} s. ` +
      `A sync target of its own points at a fresh loopback receiver. Every ${l.bodyCheckEvery}th body, and the first of each new revision, is parsed and checked (slug, revision number = \`X-Explainer-Revision\`).`,
    '',
    '![Reads per second and p50/p99 latency per second over the load, with a dashed line at each publish](load-while-publishing.svg)',
    '',
    '([PNG](load-while-publishing.png))',
    ''
  );
  push(
    table(
      ['figure', 'value'],
      [
        ['reads answered', `${int(l.requests)} in ${fmt(l.seconds, 1)} s = **${int(l.rps)} req/s** (read phase without publishes: ${int(r.publicRead.rps)} req/s)`],
        ['read latency p50 / p99 / max', `${fmt(l.latencyMs.p50)} / **${fmt(l.latencyMs.p99)}** / ${fmt(l.latencyMs.max)} ms (read phase: ${fmt(r.publicRead.p50)} / ${fmt(r.publicRead.p99)} ms)`],
        ['errors (non-2xx, socket errors, timeouts, wrong bodies)', `**${l.errors}** (statuses ${Object.entries(l.statuses).map(([k, v]) => `${k}: ${int(v)}`).join(', ') || 'none'}; ${int(l.bodiesChecked)} bodies checked, ${l.wrongBodies} wrong)`],
        ['server / generator CPU (cores busy)', `${fmt(l.serverCpu)} / ${fmt(l.clientCpu)}`],
        ['publishes', `${lp.changed} of ${lp.made} recorded a revision (r${lp.numbers[1] ?? '–'}–r${lp.numbers[lp.numbers.length - 1] ?? '–'}, after warm-up r${lp.warmUpRevision}); numbers consecutive: ${lp.consecutive ? 'yes' : '**no**'}`],
        ['publish call (HTTP, editor side) p50 / p99 / max', `${fmt(lp.publishCallMs.p50)} / ${fmt(lp.publishCallMs.p99)} / ${fmt(lp.publishCallMs.max)} ms`],
        ['edit call (content-manager PUT) p50 / p99 / max', `${fmt(lp.editCallMs.p50)} / ${fmt(lp.editCallMs.p99)} / ${fmt(lp.editCallMs.max)} ms`],
        ['freshness: publish call started → first read with the new revision, p50 / p99 / max', `${fmt(f.afterStartMs.p50)} / ${fmt(f.afterStartMs.p99)} / ${fmt(f.afterStartMs.max)} ms`],
        ['freshness: publish call returned → first read with the new revision, p50 / p99 / max', `${fmt(f.afterReturnMs.p50)} / ${fmt(f.afterReturnMs.p99)} / ${fmt(f.afterReturnMs.max)} ms (negative: a reader had it before the editor's answer arrived)`],
        ['stale reads: begun after the publish returned, answered with an older revision', `${int(f.staleReadsAfterReturn)} (in ${f.publishesWithStaleReads} of ${lp.changed} publishes; the last began ${fmt(f.maxStaleWindowMs)} ms after its publish returned)`],
        ['revisions at the receiver', `**${l.sync.delivered}/${l.sync.expected}** (warm-up included), ${l.sync.arrivals} arrivals; twice: ${l.sync.duplicateWebhookIds} webhook-id(s), ${l.sync.revisionsArrivedTwice} revision(s); missing: ${l.sync.missing.join(', ') || 'none'}; signatures ${l.sync.allVerified ? 'all verified' : '**not all verified**'}; outbox ${l.sync.outbox.delivered}/${l.sync.outbox.rows} delivered, max attempts ${l.sync.outbox.maxAttempts}`],
        ['publish call → receiver has it, p50 / p99 / max', `${fmt(l.sync.afterPublishStartMs.p50)} / ${fmt(l.sync.afterPublishStartMs.p99)} / ${fmt(l.sync.afterPublishStartMs.max)} ms`],
      ],
      ['l', 'l']
    ),
    ''
  );
  push('Per publish (times from the start of the measured load; freshness from the moment the publish call returned):', '');
  push(
    table(
      ['#', 'at s', 'revision', 'edit ms', 'publish ms', 'first read with it, ms after return', 'stale reads after return', 'at receiver, ms after call start', 'deliveries'],
      l.perPublish.map((x) => [
        String(x.n),
        fmt(x.atMs / 1000, 1),
        x.revision != null ? String(x.revision) : `– (${x.error || 'no revision'})`,
        fmt(x.editMs, 1),
        fmt(x.publishMs, 1),
        fmt(x.firstFreshAfterReturnMs, 1),
        x.staleReadsAfterReturn ? `${x.staleReadsAfterReturn} (last +${fmt(x.staleWindowMs, 1)} ms)` : '0',
        fmt(x.deliveredAfterStartMs, 1),
        x.deliveries == null ? '–' : String(x.deliveries),
      ]),
      ['r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']
    ),
    ''
  );
  push('<details><summary>Per second</summary>', '');
  push(
    table(
      ['second', 'reads', 'errors', 'p50 ms', 'p99 ms', 'max ms', 'publishes'],
      l.perSecond.map((b) => [
        String(b.second),
        int(b.requests),
        String(b.errors),
        fmt(b.p50),
        fmt(b.p99),
        fmt(b.max),
        l.perPublish.filter((x) => Math.floor(x.atMs / 1000) === b.second).map((x) => (x.revision != null ? `r${x.revision}` : '×')).join(' '),
      ]),
      ['r', 'r', 'r', 'r', 'r', 'r', 'l']
    ),
    '',
    '</details>',
    ''
  );

  if (e) {
    push(
      '## Editions',
      '',
      `English publishes (median of ${e.publish.count}, the draft's update not timed) with English alone, then after the seeded ${e.seeded.join(' and ')} editions were added; ` +
        `each edition's public read (\`?locale=\`) against a bare \`node:http\` server with that edition's bytes, alternating in ${s.rounds} rounds.`,
      '',
      table(
        ['measure', 'English alone', `with ${e.seeded.length + 1} editions`, 'ratio'],
        [['English publish, median ms', fmt(e.publish.medianMsAlone), fmt(e.publish.medianMsWithThree), fmt(e.publish.ratio)]],
        ['l', 'r', 'r', 'r']
      ),
      '',
      table(
        ['edition', 'bytes', 'public read req/s', 'bare req/s', 'ratio', 'public p99 ms'],
        e.reads.map((read) => [read.locale, int(read.bytes), int(read.publicRead.rps), int(read.bareHttp.rps), fmt(read.ratio, 3), fmt(read.publicRead.p99)]),
        ['l', 'r', 'r', 'r', 'r', 'r']
      ),
      ''
    );
  }

  if (m) {
    push(
      '## Map validation',
      '',
      `Each map POSTed to the validate route while a reader polls the public read (load average ${m.machine.loadAverage.join(', ')} during the phase).`,
      '',
      table(
        ['map', 'bytes', 'verdict', 'validation ms', 'RSS growth MB', 'public reads', 'slowest read ms'],
        m.results.map((x) => [x.name, int(x.bytes), x.verdict, fmt(x.validationMs, 0), fmt(x.rssGrowthMb, 1), int(x.publicReads), fmt(x.publicReadMaxMs, 0)]),
        ['l', 'r', 'l', 'r', 'r', 'r', 'r']
      ),
      ''
    );
  }

  push(
    '## Settings',
    '',
    table(
      ['setting', 'value'],
      Object.entries(s).map(([key, value]) => [`\`${key}\``, `\`${typeof value === 'object' ? JSON.stringify(value) : value}\``]),
      ['l', 'l']
    ),
    '',
    '## Reproduce',
    '',
    '```bash',
    'npm ci',
    r.command || reproduceCommand(env),
    '# quicker, reusing dist/ and playground/dist/ from a previous build:',
    'BENCH_SKIP_BUILD=true BENCH_SECONDS=4 BENCH_LOAD_SECONDS=20 npm run bench',
    '```',
    '',
    'Raw figures of the run: `bench/results.json` (not committed).',
    ''
  );
  return lines.join('\n');
};

/** Writes REPORT.md, the SVG chart and its PNG (when sharp renders it); returns the paths written. */
const writeReport = async (results, env = process.env) => {
  const written = [];
  fs.writeFileSync(CHART_SVG, chartSvg(results));
  written.push(CHART_SVG);
  try {
    const sharp = require('sharp');
    await sharp(fs.readFileSync(CHART_SVG), { density: 144 }).png({ compressionLevel: 9, palette: true }).toFile(CHART_PNG);
    written.push(CHART_PNG);
  } catch (error) {
    console.error(`[bench] chart PNG not written (${error.message}); the SVG is`);
  }
  fs.writeFileSync(REPORT, markdown(results, env));
  written.push(REPORT);
  return written;
};

module.exports = { writeReport, markdown, chartSvg, reproduceCommand };

if (require.main === module) {
  const file = path.resolve(process.argv[2] || path.join(__dirname, 'results.json'));
  const results = JSON.parse(fs.readFileSync(file, 'utf8'));
  writeReport(results, {}).then((written) => console.log(`[bench] wrote ${written.map((w) => path.relative(process.cwd(), w)).join(', ')}`));
}
