/**
 * The reference site: receives revisions from the plugin, verifies each signature (Standard
 * Webhooks, the same library the plugin signs with), keeps the latest revision per explainer on disk,
 * ignores stale and duplicate deliveries, and renders the explainer page for readers.
 */
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const { Webhook } = require('standardwebhooks');
const { renderPage, escapeHtml, requestOrigin } = require('./render');

const MAX_BODY = 8 * 1024 * 1024;

const readBody = (req) =>
  new Promise((resolve, reject) => {
    const chunks = [];
    let size = 0;
    req.on('data', (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(Object.assign(new Error('payload too large'), { status: 413 }));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

const send = (res, status, body, type = 'application/json; charset=utf-8') => {
  res.writeHead(status, { 'content-type': type, 'x-content-type-options': 'nosniff' });
  res.end(typeof body === 'string' ? body : JSON.stringify(body));
};

function createSite({ secret, dataDir, mediaBase = '', siteUrl = null, fetchSnapshot = (url) => fetch(url).then((r) => r.json()) }) {
  const webhook = new Webhook(secret);
  fs.mkdirSync(dataDir, { recursive: true });
  const fileOf = (slug) => path.join(dataDir, `${slug}.json`);
  const seenFile = path.join(dataDir, 'seen-webhook-ids.json');
  const seen = new Set(fs.existsSync(seenFile) ? JSON.parse(fs.readFileSync(seenFile, 'utf8')) : []);
  const received = [];

  const load = (slug) => (fs.existsSync(fileOf(slug)) ? JSON.parse(fs.readFileSync(fileOf(slug), 'utf8')) : null);
  const writeAtomically = (file, data) => {
    fs.writeFileSync(`${file}.tmp`, data);
    fs.renameSync(`${file}.tmp`, file);
  };

  // Deliveries for one explainer are applied one at a time, so "is it newer?" and the write are atomic.
  let queue = Promise.resolve();
  const serially = (task) => (queue = queue.then(task, task));

  const receive = async (req, res) => {
    const body = await readBody(req);
    let payload;
    try {
      payload = webhook.verify(body, {
        'webhook-id': req.headers['webhook-id'],
        'webhook-timestamp': req.headers['webhook-timestamp'],
        'webhook-signature': req.headers['webhook-signature'],
      });
    } catch (error) {
      return send(res, 401, { error: `signature rejected: ${error.message}` });
    }
    const id = req.headers['webhook-id'];
    const outcome = await serially(async () => {
      if (seen.has(id)) return { applied: false, reason: 'duplicate' };
      const slug = String(payload.explainer?.slug ?? '');
      if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return { applied: false, reason: 'bad slug' };
      const current = load(slug);
      let result;
      if (current && current.revision.number >= payload.revision) {
        result = { applied: false, reason: 'stale', current: current.revision.number };
      } else {
        const snapshot = payload.snapshot ?? (await fetchSnapshot(payload.snapshotUrl));
        writeAtomically(fileOf(slug), JSON.stringify(snapshot));
        result = { applied: true, revision: payload.revision };
      }
      seen.add(id);
      writeAtomically(seenFile, JSON.stringify([...seen].slice(-10000)));
      received.push({ id, slug, revision: payload.revision, ...result });
      return result;
    });
    return send(res, 200, outcome);
  };

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://site');
      if (req.method === 'POST' && url.pathname === '/webhooks/strapi') return await receive(req, res);
      if (req.method === 'GET' && url.pathname === '/healthz') return send(res, 200, { ok: true });
      const page = /^\/explainers\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(url.pathname);
      if (req.method === 'GET' && page) {
        const snapshot = load(page[1]);
        if (!snapshot) return send(res, 404, '<!doctype html><title>Not found</title><p>No such explainer yet.</p>', 'text/html; charset=utf-8');
        const pageUrl = `${siteUrl ?? requestOrigin(req)}/explainers/${page[1]}`;
        return send(res, 200, renderPage(snapshot, { mediaBase, pageUrl }), 'text/html; charset=utf-8');
      }
      if (req.method === 'GET' && url.pathname === '/') {
        const slugs = fs.readdirSync(dataDir).filter((f) => f.endsWith('.json') && f !== 'seen-webhook-ids.json').map((f) => f.slice(0, -5));
        return send(res, 200, `<!doctype html><title>Explainers</title><ul>${slugs.map((s) => `<li><a href="/explainers/${escapeHtml(s)}">${escapeHtml(s)}</a></li>`).join('')}</ul>`, 'text/html; charset=utf-8');
      }
      return send(res, 404, { error: 'not found' });
    } catch (error) {
      return send(res, error.status ?? 500, { error: error.status ? error.message : 'internal error' });
    }
  });
  return { server, received, load };
}

module.exports = { createSite };
