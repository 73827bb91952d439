'use strict';
/**
 * Public read: what each endpoint answers is checked once, then the bare node:http server (same bytes)
 * and the plugin's public read alternate in rounds under the same load; plain Strapi REST with full
 * populate runs once after them.
 */
const path = require('node:path');
const { BENCH_DIR, ROOT, SETTINGS, SLUG, REST_POPULATE, PROFILE, TARGETS, log } = require('../lib/settings');
const { command, forkChild, waitFor } = require('../lib/children');
const { get } = require('../lib/http');
const { createLoad } = require('../lib/load-generator');

/** The public read and Strapi REST answer correctly (fully populated) before anything is measured. */
const checkAnswers = async ({ publicUrl, restUrl, restHeaders }) => {
  const publicResponse = await get(publicUrl);
  if (publicResponse.status !== 200) throw new Error(`public read answered ${publicResponse.status}: ${publicResponse.body.toString().slice(0, 300)}`);
  const snapshot = JSON.parse(publicResponse.body.toString('utf8'));
  if (!snapshot.content || snapshot.content.slug !== SLUG) throw new Error('public read did not return the Pokrovsk snapshot');
  const restResponse = await get(restUrl, restHeaders);
  if (restResponse.status !== 200) throw new Error(`Strapi REST answered ${restResponse.status}: ${restResponse.body.toString().slice(0, 500)}`);
  const restJson = JSON.parse(restResponse.body.toString('utf8'));
  const restBody = restJson.data && restJson.data.body;
  if (!Array.isArray(restBody) || restBody.length <= 20) throw new Error(`Strapi REST body is not populated (${Array.isArray(restBody) ? restBody.length : typeof restBody} entries)`);
  const populatedOk =
    restBody.some((block) => block.__component === 'conflict-explainer.claim-embed' && block.claim && block.claim.claimant) &&
    restBody.some((block) => block.__component === 'conflict-explainer.credited-image' && block.image && block.image.url) &&
    restBody.some((block) => block.__component === 'conflict-explainer.map-embed' && block.map && block.map.geojson);
  if (!populatedOk) throw new Error('Strapi REST answer lacks populated claims, images or maps in the body');
  log(`public read: ${publicResponse.body.length} bytes, ETag ${publicResponse.headers.etag}; Strapi REST: ${restResponse.body.length} bytes, ${restBody.length} body blocks`);
  return { publicResponse, restResponse };
};

/** A bare node:http server answering with the exact bytes of the public read. */
const startBare = async (publicResponse) => {
  const bare = forkChild('bare.js');
  const bareReady = waitFor(bare, (message) => message && message.type === 'ready', 15_000, 'bare server');
  bare.send({ body: publicResponse.body.toString('base64'), contentType: publicResponse.headers['content-type'], etag: publicResponse.headers.etag });
  const bareUrl = `http://127.0.0.1:${(await bareReady).port}/api/conflict-explainer/explainers/${SLUG}`;
  const bareCheck = await get(bareUrl);
  if (bareCheck.status !== 200 || !bareCheck.body.equals(publicResponse.body)) throw new Error('bare server does not return the same bytes');
  return { bare, bareUrl };
};

const run = async ({ server, base, publicUrl, documentId, accessKey }) => {
  const restUrl = `${base}/api/conflict-explainer/manage/explainers/${documentId}?${REST_POPULATE}`;
  const restHeaders = { Authorization: `Bearer ${accessKey}` };
  const { publicResponse, restResponse } = await checkAnswers({ publicUrl, restUrl, restHeaders });
  const { bare, bareUrl } = await startBare(publicResponse);

  // Bare and public alternate in short rounds (A B B A …), so drift in the machine's other work
  // hits both alike; Strapi REST, two orders of magnitude slower, runs once after them.
  const bareLoad = createLoad('bare node:http', bareUrl, {}, bare.pid);
  const publicLoad = createLoad('public read', publicUrl, {}, server.pid);
  const restLoad = createLoad('Strapi REST', restUrl, restHeaders, server.pid);
  const roundSeconds = SETTINGS.seconds / SETTINGS.rounds;
  log(`load: bare node:http and public read, ${SETTINGS.warmupSeconds} s warm-up each, then ${SETTINGS.rounds} alternating rounds of ${roundSeconds} s each (concurrency ${SETTINGS.concurrency})`);
  await bareLoad.warm();
  await publicLoad.warm();
  if (PROFILE) await command(server, 'profileStart');
  for (let i = 0; i < SETTINGS.rounds; i += 1) {
    for (const load of i % 2 === 0 ? [bareLoad, publicLoad] : [publicLoad, bareLoad]) await load.measure(roundSeconds);
  }
  if (PROFILE) {
    const file = path.join(BENCH_DIR, 'profiles', `public-read-${new Date().toISOString().replace(/[:.]/g, '-')}.cpuprofile`);
    const profile = await command(server, 'profileStop', { file });
    log(`CPU profile of the Strapi process (public-read rounds; the bare rounds show as idle): ${path.relative(ROOT, profile.file)}; self time:`);
    for (const { selfPercent, name } of profile.top) console.log(`  ${String(selfPercent).padStart(5)}%  ${name}`);
  }
  log(`load: Strapi REST, ${SETTINGS.warmupSeconds} s warm-up, then ${SETTINGS.seconds} s`);
  await restLoad.warm();
  await restLoad.measure(SETTINGS.seconds);
  const bareHttp = bareLoad.summary();
  const publicRead = publicLoad.summary();
  const strapiRest = restLoad.summary();
  for (const load of [bareLoad, publicLoad, restLoad]) load.close();
  bare.kill('SIGTERM');

  const ratios = {
    publicVsBare: bareHttp.rps ? Number((publicRead.rps / bareHttp.rps).toFixed(3)) : null,
    publicVsStrapiRest: strapiRest.rps ? Number((publicRead.rps / strapiRest.rps).toFixed(2)) : null,
    // The capacity ratio if the server, not the generator, were the limit (informative, not a target).
    publicVsBareByServerCpu:
      bareHttp.serverCpuUsPerRequest && publicRead.serverCpuUsPerRequest ? Number((bareHttp.serverCpuUsPerRequest / publicRead.serverCpuUsPerRequest).toFixed(3)) : null,
  };
  return { publicRead, bareHttp, strapiRest, ratios, responseBytes: { publicRead: publicResponse.body.length, strapiRest: restResponse.body.length } };
};

const pass = ({ ratios }) => ({
  publicVsBare: ratios.publicVsBare != null && ratios.publicVsBare >= TARGETS.publicVsBare,
  publicVsStrapiRest: ratios.publicVsStrapiRest != null && ratios.publicVsStrapiRest >= TARGETS.publicVsStrapiRest,
});

const problems = ({ bareHttp, publicRead, strapiRest }) => {
  const found = [];
  for (const [name, r] of [['bare node:http', bareHttp], ['public read', publicRead], ['Strapi REST', strapiRest]]) {
    if (r.errors > 0) found.push(`${name}: ${r.errors} errors (${r.errorSamples.join('; ')})`);
    if (r.requests === 0) found.push(`${name}: no successful request`);
  }
  return found;
};

module.exports = { name: 'public read', run, pass, problems, startBare };
