/**
 * The reference site: receives deliveries from the plugin through the site kit
 * (`strapi-plugin-conflict-explainer/site-kit`: signature check, typed payload, the hash chain),
 * keeps the latest revision of each edition (slug and locale) on disk (store.js), takes an edition's
 * page down on its removal, answers the CMS's reconciliation with what it holds, and renders the
 * pages for readers: `/explainers/<slug>` (the default edition) and `/<locale>/explainers/<slug>`.
 */
const fs = require('node:fs');
const http = require('node:http');
const path = require('node:path');
const kit = require('strapi-plugin-conflict-explainer/site-kit');
const { renderPage, escapeHtml, requestOrigin } = require('./render');
const { createStore, editionContext, LOCALE } = require('./store');

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

const PREVIEW_TOKEN_HEADER = 'x-preview-token';
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** A draft preview's answer: only inside the admin's frame, never cached, never indexed, no referrer (the token is in the URL). */
const sendPreview = (res, status, html, adminOrigin) => {
  res.writeHead(status, {
    'content-type': 'text/html; charset=utf-8',
    'x-content-type-options': 'nosniff',
    'cache-control': 'no-store',
    'x-robots-tag': 'noindex',
    'referrer-policy': 'no-referrer',
    'content-security-policy': `frame-ancestors ${adminOrigin ?? "'self'"}`,
  });
  res.end(html);
};

const PREVIEW_REFUSED = '<!doctype html><meta name="robots" content="noindex"><title>Preview unavailable</title><p>This preview link has expired or is not valid. Open the preview again from Strapi.</p>';

/** `defaultLocale`: the CMS's default edition, which deliveries naming no locale (older CMS versions) are for. */
function createSite({ secret, dataDir, mediaBase = '', siteUrl = null, cmsUrl = mediaBase || null, fetchSnapshot = (url) => kit.fetchSnapshot(url), defaultLocale = 'en' }) {
  if (!secret) throw new Error('The reference site needs SITE_SECRET: the signing secret of its sync target in Strapi (whsec_...).');
  const verify = kit.createVerifier(secret);
  const store = createStore({ dataDir, defaultLocale });
  const { load, writeAtomically } = store;
  const seenFile = path.join(dataDir, 'seen-webhook-ids.json');
  const seen = new Set(fs.existsSync(seenFile) ? JSON.parse(fs.readFileSync(seenFile, 'utf8')) : []);
  const received = [];

  // Deliveries are applied one at a time, so "what do I hold?" and the write are atomic.
  let queue = Promise.resolve();
  const serially = (task) => (queue = queue.then(task, task));

  /**
   * Applies one revision or removal to its edition, never another's (each edition is its own stream);
   * answers what the CMS needs to know (a gap makes it send a reset).
   */
  const handle = async (event) => {
    const slug = event.explainer.slug;
    const locale = kit.localeOf(event, defaultLocale);
    const held = kit.heldOf(load(slug, locale));
    const decision = kit.decide(held, event);
    if (decision.action === 'refuse') return { status: 409, answer: { applied: false, reason: 'gap', holds: held } };
    if (decision.action === 'ignore') return { status: 200, answer: { applied: false, reason: decision.reason } };
    if (decision.action === 'remove') {
      store.remove(slug, locale);
      return { status: 200, answer: { applied: true, reason: 'removed' } };
    }
    let snapshot = event.snapshot;
    if (!snapshot) {
      const fetched = await fetchSnapshot(event.snapshotUrl);
      snapshot = fetched.status === 'ok' ? fetched.snapshot : null;
    }
    if (!snapshot || !kit.matchesPayload(snapshot, event)) return { status: 502, answer: { applied: false, reason: 'snapshot mismatch' } };
    store.save(slug, locale, snapshot);
    return { status: 200, answer: { applied: true } };
  };

  const receive = async (req, res) => {
    const body = await readBody(req);
    let event;
    try {
      event = verify(body, req.headers);
    } catch (error) {
      return send(res, error.status ?? 400, { error: error.message });
    }
    if (event.type === kit.SYNC_STATE_REQUEST_TYPE) {
      return send(res, 200, { explainers: store.pages().map(({ slug, locale }) => ({ slug, locale, ...kit.heldOf(load(slug, locale)) })) });
    }
    const id = req.headers['webhook-id'];
    const { status, answer } = await serially(async () => {
      if (seen.has(id)) return { status: 200, answer: { applied: false, reason: 'duplicate' } };
      const outcome = await handle(event);
      // A refusal is not handled: the CMS sends the same delivery again (a gap as a reset).
      if (outcome.status !== 200) return outcome;
      seen.add(id);
      writeAtomically(seenFile, JSON.stringify([...seen].slice(-10000)));
      const { slug, documentId } = event.explainer;
      received.push({ id, type: event.type, slug, locale: kit.localeOf(event, defaultLocale), documentId, revision: event.revision ?? null, reset: !!event.reset, ...outcome.answer });
      return outcome;
    });
    return send(res, status, answer);
  };

  /**
   * GET /preview/explainers/:documentId?token=…[&locale=…]: Strapi's Preview frame. The draft comes
   * from the plugin only with a valid token (expired, tampered or missing: 401 and nothing of the
   * draft); the token names the edition, and a `locale` naming another one shows nothing.
   */
  const adminOrigin = cmsUrl ? new URL(cmsUrl).origin : null;
  const preview = async (documentId, token, locale, res) => {
    if (!cmsUrl || !token) return sendPreview(res, 401, PREVIEW_REFUSED, adminOrigin);
    const answer = await fetch(`${cmsUrl.replace(/\/$/, '')}/api/conflict-explainer/preview/draft`, {
      headers: { [PREVIEW_TOKEN_HEADER]: token, accept: 'application/json' },
      signal: AbortSignal.timeout(10000),
    });
    if (answer.status === 401) return sendPreview(res, 401, PREVIEW_REFUSED, adminOrigin);
    if (!answer.ok) return sendPreview(res, 502, '<!doctype html><title>Preview unavailable</title><p>The CMS did not answer the preview.</p>', adminOrigin);
    const { data } = await answer.json();
    // The token names the draft: a page address naming another explainer shows nothing.
    if (data.documentId !== documentId) return sendPreview(res, 401, PREVIEW_REFUSED, adminOrigin);
    if (locale && (data.snapshot.locale ?? defaultLocale) !== locale) return sendPreview(res, 401, PREVIEW_REFUSED, adminOrigin);
    const reloadUrl = `/preview/explainers/${encodeURIComponent(documentId)}?token=${encodeURIComponent(data.token)}${locale ? `&locale=${encodeURIComponent(locale)}` : ''}`;
    const { sourceUpdate } = editionContext(store, data.snapshot, '');
    return sendPreview(res, 200, renderPage(data.snapshot, { mediaBase, pageUrl: null, preview: { reloadUrl, adminOrigin }, sourceUpdate }), adminOrigin);
  };

  /** An edition's page for readers, with its sibling editions (hreflang) and, if behind, the notice. */
  const page = (req, res, slug, locale) => {
    const snapshot = load(slug, locale);
    if (!snapshot) return send(res, 404, '<!doctype html><title>Not found</title><p>No such explainer yet.</p>', 'text/html; charset=utf-8');
    const origin = siteUrl ?? requestOrigin(req);
    const pageUrl = `${origin}${store.pathOf(slug, locale)}`;
    return send(res, 200, renderPage(snapshot, { mediaBase, pageUrl, ...editionContext(store, snapshot, origin) }), 'text/html; charset=utf-8');
  };

  /** The front page: every explainer, each edition under its own title and language. */
  const index = (res) => {
    const bySlug = new Map();
    for (const { slug, locale } of store.pages()) bySlug.set(slug, [...(bySlug.get(slug) ?? []), locale]);
    const edition = (slug, locale) =>
      `<a href="${escapeHtml(store.pathOf(slug, locale))}" hreflang="${escapeHtml(locale)}" lang="${escapeHtml(locale)}">${escapeHtml(load(slug, locale)?.content?.title ?? slug)}</a> (${escapeHtml(locale)})`;
    const items = [...bySlug].map(([slug, locales]) => `<li>${locales.map((locale) => edition(slug, locale)).join(' · ')}</li>`);
    return send(res, 200, `<!doctype html><meta charset="utf-8"><title>Explainers</title><ul>${items.join('')}</ul>`, 'text/html; charset=utf-8');
  };

  const server = http.createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://site');
      if (req.method === 'POST' && url.pathname === '/webhooks/strapi') return await receive(req, res);
      if (req.method === 'GET' && url.pathname === '/healthz') return send(res, 200, { ok: true });
      const draft = /^\/preview\/explainers\/([^/]+)\/?$/.exec(url.pathname);
      if (req.method === 'GET' && draft && DOCUMENT_ID.test(draft[1])) {
        const locale = url.searchParams.get('locale');
        if (locale && !LOCALE.test(locale)) return send(res, 400, { error: 'locale: not a locale code' });
        return await preview(draft[1], url.searchParams.get('token'), locale, res);
      }
      // `/explainers/<slug>`: the default edition; `/<locale>/explainers/<slug>`: another edition.
      const article = /^(?:\/([a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*))?\/explainers\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?$/.exec(url.pathname);
      if (req.method === 'GET' && article) {
        const [, locale, slug] = article;
        // The default edition has one address, without the prefix.
        if (locale === defaultLocale) {
          res.writeHead(301, { location: store.pathOf(slug) });
          return res.end();
        }
        return page(req, res, slug, locale ?? defaultLocale);
      }
      if (req.method === 'GET' && url.pathname === '/') return index(res);
      return send(res, 404, { error: 'not found' });
    } catch (error) {
      return send(res, error.status ?? 500, { error: error.status ? error.message : 'internal error' });
    }
  });
  return { server, received, load };
}

module.exports = { createSite };
