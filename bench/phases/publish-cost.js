'use strict';
/**
 * Publish cost: publishes with ~1 earlier revision, then history bulk-inserted up to BENCH_HISTORY
 * revisions and the same publishes again; revision numbers must stay consecutive, and the public read
 * must serve the latest.
 */
const { SETTINGS, TARGETS, log } = require('../lib/settings');
const { command } = require('../lib/children');
const { get } = require('../lib/http');
const { r2, sleep } = require('../lib/stats');

const run = async ({ server, publicUrl, documentId }) => {
  const warm = await command(server, 'warmPublishes', { documentId, count: 3 }, 120_000);
  if (warm.revisionsAdded !== 0) throw new Error(`publishing an unchanged draft recorded ${warm.revisionsAdded} revision(s)`);
  log(`publish: 3 warm-up publishes of the unchanged draft (no revision), median ${warm.medianMs.toFixed(1)} ms`);
  log(`publish: ${SETTINGS.publishes} publishes with ~1 earlier revision`);
  const with1 = await command(server, 'publishes', { documentId, count: SETTINGS.publishes, label: 'h1' }, 300_000);
  log(`history: inserting revisions up to ${SETTINGS.history}`);
  const historyResult = await command(server, 'history', { documentId, total: SETTINGS.history }, 300_000);
  log(`history: ${historyResult.inserted} rows in ${(historyResult.ms / 1000).toFixed(1)} s (now ${historyResult.total}, max number ${historyResult.maxNumber})`);
  log(`publish: ${SETTINGS.publishes} publishes with ${historyResult.total} earlier revisions`);
  const with1000 = await command(server, 'publishes', { documentId, count: SETTINGS.publishes, label: 'h1000' }, 300_000);
  const numbers = await command(server, 'revisions', { documentId });

  // The public read now serves the latest revision (checked after the head cache's TTL).
  await sleep(1100);
  const after = await get(publicUrl);
  const latestServed = after.status === 200 ? Number(after.headers['x-explainer-revision']) : null;

  const publish = {
    count: SETTINGS.publishes,
    medianMsWith1: r2(with1.medianMs),
    medianMsWith1000: r2(with1000.medianMs),
    ratio: Number((with1000.medianMs / with1.medianMs).toFixed(3)),
    historyWith1: { from: with1.historyBefore, to: with1.historyBefore + SETTINGS.publishes - 1 },
    historyWith1000: { from: with1000.historyBefore, to: with1000.historyBefore + SETTINGS.publishes - 1 },
    insertedRows: historyResult.inserted,
    insertMs: r2(historyResult.ms),
    finalRevisions: numbers.length,
    consecutive: numbers.length > 0 && numbers.every((n, i) => n === i + 1),
    nextNumberAfterInsert: with1000.numbers[0],
    nextNumberOk: with1000.numbers[0] === historyResult.maxNumber + 1,
    publicReadServesRevision: latestServed,
    unchangedPublishMedianMs: r2(warm.medianMs),
    detail: {
      with1: { minMs: r2(with1.minMs), maxMs: r2(with1.maxMs), timingsMs: with1.timingsMs.map(r2), numbers: with1.numbers },
      with1000: { minMs: r2(with1000.minMs), maxMs: r2(with1000.maxMs), timingsMs: with1000.timingsMs.map(r2), numbers: with1000.numbers },
    },
  };
  // Not in results.json: what the correctness checks below need.
  Object.defineProperty(publish, 'check', {
    enumerable: false,
    value: { allRecorded: with1.allRecorded && with1000.allRecorded, expectedNextNumber: historyResult.maxNumber + 1, latestNumber: numbers[numbers.length - 1] },
  });
  return { publish };
};

const pass = ({ publish }) => ({ publishRatio: Number.isFinite(publish.ratio) && publish.ratio <= TARGETS.publishRatioMax });

const problems = ({ publish }) => {
  const found = [];
  if (!publish.consecutive) found.push('revision numbers are not consecutive');
  if (!publish.nextNumberOk) found.push(`the first publish after the insert got number ${publish.nextNumberAfterInsert}, not ${publish.check.expectedNextNumber}`);
  if (!publish.check.allRecorded) found.push('a publish did not record exactly one revision with the next number');
  if (publish.publicReadServesRevision !== publish.check.latestNumber) found.push(`public read serves revision ${publish.publicReadServesRevision}, latest is ${publish.check.latestNumber}`);
  return found;
};

module.exports = { name: 'publish cost', run, pass, problems };
