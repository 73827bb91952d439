'use strict';
/**
 * Editions: what a Ukrainian and a Russian edition cost the English newsroom. Publishes of the
 * English edition are timed with English alone, then again after the seeded uk and ru editions are
 * added (each with its revision 1); and each edition's public read (`?locale=`) is loaded against a
 * bare node:http server answering that edition's bytes, in alternating rounds as the read phase does.
 * Runs last, with the earlier phases' sync targets disabled, so it moves no earlier figure.
 */
const { SETTINGS, TARGETS, log } = require('../lib/settings');
const { command } = require('../lib/children');
const { get } = require('../lib/http');
const { createLoad } = require('../lib/load-generator');
const { startBare } = require('./public-read');

const EDITIONS = ['uk', 'ru'];

/** One edition's public read and a bare server with its bytes, alternating under the same load. */
const readRatio = async ({ server, publicUrl }, locale) => {
  const url = `${publicUrl}?locale=${locale}`;
  const response = await get(url);
  const snapshot = response.status === 200 ? JSON.parse(response.body.toString('utf8')) : null;
  if (!snapshot || snapshot.content.locale !== locale) throw new Error(`the ${locale} public read answered ${response.status} without the ${locale} edition`);
  const { bare, bareUrl } = await startBare(response);
  const bareLoad = createLoad(`bare node:http (${locale} bytes)`, bareUrl, {}, bare.pid);
  const publicLoad = createLoad(`public read ?locale=${locale}`, url, {}, server.pid);
  await bareLoad.warm();
  await publicLoad.warm();
  const roundSeconds = SETTINGS.seconds / SETTINGS.rounds;
  for (let i = 0; i < SETTINGS.rounds; i += 1) {
    for (const load of i % 2 === 0 ? [bareLoad, publicLoad] : [publicLoad, bareLoad]) await load.measure(roundSeconds);
  }
  const [bareHttp, publicRead] = [bareLoad.summary(), publicLoad.summary()];
  for (const load of [bareLoad, publicLoad]) load.close();
  bare.kill('SIGTERM');
  return { locale, bytes: response.body.length, bareHttp, publicRead, ratio: bareHttp.rps ? Number((publicRead.rps / bareHttp.rps).toFixed(3)) : null };
};

const run = async (context) => {
  const { server, documentId } = context;
  await command(server, 'disableSyncTargets');
  const count = SETTINGS.publishes;
  log(`editions: ${count} English publishes with English alone`);
  const alone = await command(server, 'publishes', { documentId, count, label: 'en-alone' }, 300_000);
  const added = await command(server, 'seedEditions', {}, 300_000);
  log(`editions: seeded ${added.join(', ') || 'none'}; ${count} English publishes with three editions`);
  const withThree = await command(server, 'publishes', { documentId, count, label: 'en-with-3' }, 300_000);
  const reads = [];
  for (const locale of EDITIONS) {
    log(`editions: public read ?locale=${locale} vs bare node:http, ${SETTINGS.rounds} alternating rounds`);
    reads.push(await readRatio(context, locale));
  }
  const editions = {
    seeded: added,
    publish: {
      count,
      medianMsAlone: alone.medianMs,
      medianMsWithThree: withThree.medianMs,
      ratio: Number((withThree.medianMs / alone.medianMs).toFixed(3)),
      allRecorded: alone.allRecorded && withThree.allRecorded,
    },
    reads,
  };
  return { editions };
};

const pass = ({ editions }) => ({
  editionsPublishRatio: editions.publish.ratio <= TARGETS.editionsPublishRatioMax,
  editionsReadVsBare: editions.reads.every((read) => read.ratio != null && read.ratio >= TARGETS.publicVsBare),
});

const problems = ({ editions }) => {
  const found = [];
  if (editions.seeded.length !== EDITIONS.length) found.push(`editions: seeded ${editions.seeded.join(', ') || 'none'}, expected ${EDITIONS.join(', ')}`);
  if (!editions.publish.allRecorded) found.push('editions: an English publish did not record exactly one revision with the next number');
  for (const { locale, publicRead } of editions.reads) {
    if (publicRead.errors > 0) found.push(`editions: ${publicRead.errors} errors reading ?locale=${locale} (${publicRead.errorSamples.join('; ')})`);
  }
  return found;
};

module.exports = { name: 'editions', run, pass, problems };
