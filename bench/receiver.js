'use strict';
/**
 * The site's sync receiver, run by bench/run.js with child_process.fork: a plain node:http server on
 * 127.0.0.1 that takes the plugin's webhook POSTs, verifies each Standard Webhooks signature with the
 * `standardwebhooks` package (`new Webhook(secret).verify(body, headers)`), answers 200 (401 when the
 * signature does not verify) and reports every arrival to the parent.
 *
 *   parent → { secret }   child → { type: 'ready', port }
 *   child  → { type: 'delivery', arrivedAt, webhookId, revision, verified, error, bytes, verifyMs }
 *   parent → { type: 'outage', status }  → answers every POST with `status` (the site is down) and
 *            reports each as { type: 'refused', at, webhookId, revision }; { type: 'recover' } ends it
 *            and replies { type: 'recovered', at }
 *
 * `arrivedAt` is wall-clock ms (performance.timeOrigin + performance.now(), sub-millisecond) taken
 * when the request's body has been read in full, before verification: the parent compares it with
 * the Strapi process's clock reading taken just before the publish call (same machine, same clock).
 */
const http = require('node:http');
const { performance } = require('node:perf_hooks');
const { Webhook } = require('standardwebhooks');

const now = () => performance.timeOrigin + performance.now();
const send = (message) => {
  if (process.connected) process.send(message);
};

let outageStatus = null;
process.on('message', (message) => {
  if (message && message.type === 'outage') outageStatus = message.status;
  if (message && message.type === 'recover') {
    outageStatus = null;
    send({ type: 'recovered', at: now() });
  }
});

process.once('message', ({ secret }) => {
  const webhook = new Webhook(secret);
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const arrivedAt = now();
      const body = Buffer.concat(chunks).toString('utf8');
      if (outageStatus !== null) {
        let revision = null;
        try {
          revision = Number(JSON.parse(body).revision);
        } catch {
          // not JSON: still refused
        }
        res.writeHead(outageStatus);
        res.end();
        send({ type: 'refused', at: arrivedAt, webhookId: String(req.headers['webhook-id'] || ''), revision });
        return;
      }
      const headers = {
        'webhook-id': String(req.headers['webhook-id'] || ''),
        'webhook-timestamp': String(req.headers['webhook-timestamp'] || ''),
        'webhook-signature': String(req.headers['webhook-signature'] || ''),
      };
      let payload = null;
      let error = null;
      const v0 = performance.now();
      try {
        payload = webhook.verify(body, headers);
      } catch (e) {
        error = `${(e && e.name) || 'Error'}: ${(e && e.message) || e}`;
      }
      const verifyMs = performance.now() - v0;
      res.writeHead(error ? 401 : 200, { 'Content-Type': 'application/json' });
      res.end(error ? '{"ok":false}' : '{"ok":true}');
      send({
        type: 'delivery',
        arrivedAt,
        webhookId: headers['webhook-id'],
        revision: payload && Number.isFinite(Number(payload.revision)) ? Number(payload.revision) : null,
        slug: payload && payload.explainer ? payload.explainer.slug : null,
        hasSnapshot: !!(payload && payload.snapshot),
        verified: !error,
        error,
        bytes: Buffer.byteLength(body),
        verifyMs,
      });
    });
    req.on('error', () => undefined);
  });
  server.keepAliveTimeout = 65_000;
  server.listen(Number(process.env.BENCH_RECEIVER_PORT || 0), '127.0.0.1', () => send({ type: 'ready', port: server.address().port }));
  server.on('error', (error) => {
    send({ type: 'error', error: error.message });
    process.exit(1);
  });
});

process.on('disconnect', () => process.exit(0));
