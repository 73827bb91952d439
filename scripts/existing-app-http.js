#!/usr/bin/env node
/**
 * HTTP checks against an existing app with the plugin installed (scripts/existing-app-check.sh):
 * the first admin registers, a script's API token creates and publishes an explainer through the
 * plugin's REST routes, the public snapshot is served without a token and carries no internal note,
 * and the app's own Claim type (api::claim.claim) still creates and reads. Usage: `node
 * existing-app-http.js <base url> [server pid]`; waits up to 5 minutes for the server to answer.
 */
const assert = require('node:assert/strict');

const [base, serverPid] = process.argv.slice(2);

const serverIsRunning = () => {
  try {
    process.kill(Number(serverPid), 0);
    return true;
  } catch {
    return false;
  }
};
const INTERNAL_NOTE = 'Desk only: do not publish the source of this.';

const call = async (method, path, { token, body } = {}) => {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const text = await res.text();
  const isJson = (res.headers.get('content-type') ?? '').includes('json');
  return { status: res.status, text, json: isJson && text ? JSON.parse(text) : null };
};

const expectStatus = (res, status, what) => assert.equal(res.status, status, `${what}: ${res.status} ${res.text.slice(0, 500)}`);

const waitForServer = async () => {
  const deadline = Date.now() + 5 * 60_000;
  while (Date.now() < deadline) {
    if (serverPid && !serverIsRunning()) throw new Error('the app exited before answering');
    try {
      if ((await fetch(`${base}/_health`)).status === 204) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`${base} did not answer /_health within 5 minutes`);
};

const main = async () => {
  await waitForServer();

  const admin = await call('POST', '/admin/register-admin', {
    body: { email: 'desk@example.com', firstname: 'Desk', lastname: 'Editor', password: 'Correct-Horse-9' },
  });
  expectStatus(admin, 200, 'register the first admin');
  const adminToken = admin.json.data.token;

  const apiToken = await call('POST', '/admin/api-tokens', {
    token: adminToken,
    body: { name: 'newsroom script', description: 'existing-app check', type: 'full-access', lifespan: null },
  });
  expectStatus(apiToken, 201, 'create an API token');
  const token = apiToken.json.data.accessKey;

  const created = await call('POST', '/api/conflict-explainer/manage/explainers', {
    token,
    body: { data: { title: 'Why the bridge matters', slug: 'bridge', standfirst: 'One crossing, two armies.', internalNote: INTERNAL_NOTE } },
  });
  expectStatus(created, 201, 'create an explainer');
  const { documentId } = created.json.data;

  const published = await call('PUT', `/api/conflict-explainer/manage/explainers/${documentId}?status=published`, {
    token,
    body: { data: { standfirst: 'One crossing, two armies, one winter.' } },
  });
  expectStatus(published, 200, 'publish the explainer');

  const snapshot = await call('GET', '/api/conflict-explainer/explainers/bridge');
  expectStatus(snapshot, 200, 'read the public snapshot without a token');
  assert.equal(snapshot.json.content.title, 'Why the bridge matters');
  assert.equal(snapshot.json.content.standfirst, 'One crossing, two armies, one winter.');
  assert.ok(Number.isInteger(snapshot.json.revision.number) && snapshot.json.revision.number >= 1, 'the snapshot names its revision');
  assert.ok(!snapshot.text.includes(INTERNAL_NOTE), 'the public snapshot must not carry the internal note');

  const claim = await call('POST', '/api/claims', { token, body: { data: { statement: 'The bridge is open.', speaker: 'City council' } } });
  expectStatus(claim, 201, "create the app's own Claim");
  const claims = await call('GET', '/api/claims?status=draft', { token });
  expectStatus(claims, 200, "list the app's own Claims");
  assert.deepEqual(
    claims.json.data.map((entry) => entry.statement),
    ['The bridge is open.'],
  );

  const contentTypes = await call('GET', '/content-manager/content-types', { token: adminToken });
  expectStatus(contentTypes, 200, "list the Content Manager's types");
  const uids = contentTypes.json.data.map((type) => type.uid);
  for (const uid of ['api::claim.claim', 'plugin::conflict-explainer.claim', 'plugin::conflict-explainer.explainer']) {
    assert.ok(uids.includes(uid), `the Content Manager lists ${uid}`);
  }
  expectStatus(await call('GET', '/favicon.ico'), 200, 'the favicon');
  console.log(`existing app: admin registered, explainer published (revision ${snapshot.json.revision.number}), public snapshot served, own Claim type works`);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
