import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

/** What an alert target saw: every POST (retries included), with its webhook-id and whether its signature held. */
export type ReceivedAlert = { webhookId: string; verified: boolean; status: number; body: any; raw: string };

export type AlertReceiver = {
  url: string;
  posts: ReceivedAlert[];
  /** Alerts answered 2xx, once per webhook-id (what a receiver that drops duplicates keeps). */
  accepted: () => ReceivedAlert[];
  failWith: (status: number | null) => void;
  /** While on, POSTs are taken and never answered (status 0): an alert in flight. */
  hold: (on: boolean) => void;
  stop: () => Promise<void>;
};

/** A chat tool's incoming webhook on loopback: takes a JSON POST, checks the Standard Webhooks signature. */
export const startAlertReceiver = async (secret: string): Promise<AlertReceiver> => {
  const verifier = new Webhook(secret);
  const posts: ReceivedAlert[] = [];
  let failure: number | null = null;
  let holding = false;
  const server = http.createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      let verified = true;
      try {
        verifier.verify(raw, req.headers as Record<string, string>);
      } catch {
        verified = false;
      }
      if (holding) {
        posts.push({ webhookId: String(req.headers['webhook-id']), verified, status: 0, body: JSON.parse(raw || 'null'), raw });
        return;
      }
      const status = failure ?? (verified ? 200 : 401);
      posts.push({ webhookId: String(req.headers['webhook-id']), verified, status, body: JSON.parse(raw || 'null'), raw });
      res.writeHead(status, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/desk`;
  return {
    url,
    posts,
    accepted: () => {
      const seen = new Set<string>();
      return posts.filter((post) => post.status >= 200 && post.status < 300 && !seen.has(post.webhookId) && !!seen.add(post.webhookId));
    },
    failWith: (status) => (failure = status),
    hold: (on) => (holding = on),
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections?.();
        server.close(() => resolve());
      }),
  };
};
