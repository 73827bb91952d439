import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

const { createSite } = require('../../examples/site/site');

export const TEST_SECRET = `whsec_${Buffer.from('test-secret-for-the-reference-site!').toString('base64')}`;

export type RunningSite = {
  url: string;
  webhookUrl: string;
  /** Deliveries the site handled (applied or knowingly ignored), in order; refusals are not here. */
  received: { id: string; type: string; slug: string; locale: string; documentId: string; revision: number | null; reset: boolean; applied: boolean; reason?: string }[];
  /** Where the site stores what it holds (`<slug>.json` for the default edition, `<slug>.<locale>.json` for the others). */
  dataDir: string;
  /** What the site holds for a slug in an edition (default: the default edition), or null. */
  load: (slug: string, locale?: string) => any;
  /** Every request the receiver saw (including refused ones), for leak scans. */
  rawBodies: string[];
  /** Makes the receiver answer with this status (null: behave normally). */
  failWith: (status: number | null) => void;
  /** While on, POSTs are accepted but never answered (a receiver stuck mid-delivery). */
  hold: (on: boolean) => void;
  held: () => number;
  stop: () => Promise<void>;
  start: () => Promise<void>;
};

/** The reference site on a loopback port, with a switch to simulate outages. */
export const startSite = async (port = 0): Promise<RunningSite> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'ce-site-'));
  const site = createSite({ secret: TEST_SECRET, dataDir });
  let failure: number | null = null;
  let holding = false;
  let heldCount = 0;
  const rawBodies: string[] = [];
  const original = site.server.listeners('request')[0];
  site.server.removeAllListeners('request');
  site.server.on('request', (req: any, res: any) => {
    if (req.method === 'POST') {
      let body = '';
      req.on('data', (c: Buffer) => (body += c));
      req.on('end', () => rawBodies.push(body));
    }
    if (holding && req.method === 'POST') {
      heldCount += 1;
      return;
    }
    if (failure !== null && req.method === 'POST') {
      res.writeHead(failure).end('simulated outage');
      return;
    }
    original(req, res);
  });
  let actualPort = port;
  const start = () =>
    new Promise<void>((resolve) =>
      site.server.listen(actualPort, '127.0.0.1', () => {
        actualPort = (site.server.address() as AddressInfo).port;
        resolve();
      })
    );
  await start();
  const url = `http://127.0.0.1:${actualPort}`;
  return {
    url,
    webhookUrl: `${url}/webhooks/strapi`,
    received: site.received,
    dataDir,
    load: site.load,
    rawBodies,
    failWith: (status) => (failure = status),
    hold: (on) => (holding = on),
    held: () => heldCount,
    stop: () =>
      new Promise<void>((resolve) => {
        site.server.closeAllConnections?.();
        site.server.close(() => resolve());
      }),
    start,
  };
};

/** Polls until `check` returns true (bounded), for asynchronous deliveries. */
export const eventually = async (check: () => boolean | Promise<boolean>, timeoutMs = 15000, what = 'condition') => {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (await check()) return Date.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
};
