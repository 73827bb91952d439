/**
 * The site kit: what a site's server needs to receive explainers from the plugin, with no Strapi
 * dependency. Verify a delivery (Standard Webhooks), parse it into the typed payload, decide whether
 * to apply it (stale, out of order and unchained revisions are dropped or refused), and fetch a
 * snapshot by slug with ETag. `strapi-plugin-conflict-explainer/site-kit`.
 *
 * Editions: every revision and removal names its edition in `explainer.locale` (absent from older
 * CMS versions: the default edition, see `localeOf`). A site keeps what it holds per slug AND locale
 * and calls `decide` with the held copy of that edition only: each edition is its own stream (its
 * own order, hash chain and resets). Its answer to a state request names the locale of each page
 * (`SiteHeld.locale`; absent means the default edition).
 *
 * API: `createVerifier(secret)` → `verify(rawBody, headers)`; `localeOf(event, defaultLocale)`;
 * `heldOf(snapshot)`; `decide(held, event)`; `matchesPayload(snapshot, event)`;
 * `latestSnapshotUrl(cmsUrl, slug, prefix?, locale?)`; `fetchSnapshot(url, { etag, fetch })`;
 * `DeliveryRejected`; the event type constants.
 */
import { Webhook } from 'standardwebhooks';
import type { ExplainerSnapshot } from '../contracts/snapshot';
import {
  SYNC_EVENT_TYPE,
  SYNC_REMOVAL_TYPE,
  SYNC_STATE_REQUEST_TYPE,
  type SiteAnswer,
  type SiteHeld,
  type SiteState,
  type SyncEvent,
  type SyncPayload,
  type SyncRemovalPayload,
} from '../contracts/sync';

export { SYNC_EVENT_TYPE, SYNC_REMOVAL_TYPE, SYNC_STATE_REQUEST_TYPE };
export type { ExplainerSnapshot, SiteAnswer, SiteHeld, SiteState, SyncEvent, SyncPayload, SyncRemovalPayload };

/** A delivery the site must refuse: `status` is the HTTP answer (401 bad signature, 400 malformed). */
export class DeliveryRejected extends Error {
  constructor(
    message: string,
    readonly status: 400 | 401
  ) {
    super(message);
    this.name = 'DeliveryRejected';
  }
}

export type Headers = Record<string, string | string[] | undefined>;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A Strapi locale code: `en`, `uk`, `pt-BR`, `zh-Hans`. */
const LOCALE = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const header = (headers: Headers, name: string) => {
  const value = headers[name] ?? headers[name.toLowerCase()];
  return Array.isArray(value) ? value[0] : value;
};

const malformed = (what: string) => new DeliveryRejected(`malformed delivery: ${what}`, 400);

const parseEvent = (value: unknown): SyncEvent => {
  const event = value as Record<string, any>;
  if (!event || typeof event !== 'object') throw malformed('not an object');
  if (event.type === SYNC_STATE_REQUEST_TYPE) return { type: SYNC_STATE_REQUEST_TYPE, requestId: String(event.requestId ?? '') };
  if (event.type !== SYNC_EVENT_TYPE && event.type !== SYNC_REMOVAL_TYPE) throw malformed(`unknown type ${JSON.stringify(event.type)}`);
  const { documentId, slug } = event.explainer ?? {};
  if (typeof documentId !== 'string' || !documentId) throw malformed('explainer.documentId');
  if (typeof slug !== 'string' || !SLUG.test(slug)) throw malformed('explainer.slug');
  const { locale } = event.explainer;
  if (locale !== undefined && (typeof locale !== 'string' || !LOCALE.test(locale))) throw malformed('explainer.locale');
  if (event.type === SYNC_REMOVAL_TYPE) return event as SyncRemovalPayload;
  if (!Number.isInteger(event.revision) || event.revision < 1) throw malformed('revision');
  if (typeof event.hash !== 'string') throw malformed('hash');
  if (event.previousHash !== null && typeof event.previousHash !== 'string') throw malformed('previousHash');
  if (typeof event.snapshotUrl !== 'string') throw malformed('snapshotUrl');
  return { ...event, reset: event.reset === true } as SyncPayload;
};

/**
 * Verifies a delivery's signature and timestamp (replays older than five minutes are refused) and
 * parses it. `body` must be the raw request body, exactly as received.
 */
export const createVerifier = (secret: string) => {
  if (!secret) throw new Error('site kit: a signing secret is required (the one set on the sync target)');
  const webhook = new Webhook(secret);
  return (body: string, headers: Headers): SyncEvent => {
    let verified: unknown;
    try {
      verified = webhook.verify(body, {
        'webhook-id': header(headers, 'webhook-id') ?? '',
        'webhook-timestamp': header(headers, 'webhook-timestamp') ?? '',
        'webhook-signature': header(headers, 'webhook-signature') ?? '',
      });
    } catch (error) {
      throw new DeliveryRejected(`signature rejected: ${(error as Error).message}`, 401);
    }
    return parseEvent(verified);
  };
};

/** The edition a delivery is for: its `explainer.locale`, or the default edition when it names none (older CMS versions). */
export const localeOf = (event: SyncPayload | SyncRemovalPayload, defaultLocale: string) => event.explainer.locale ?? defaultLocale;

export type Decision = { action: 'apply' } | { action: 'ignore'; reason: 'stale' | 'not-held' } | { action: 'refuse'; reason: 'gap' } | { action: 'remove' };

/** What a site holds for a slug in one edition, read from the snapshot it stored. */
export const heldOf = (snapshot: ExplainerSnapshot | null): Omit<SiteHeld, 'slug'> | null =>
  snapshot ? { documentId: snapshot.content.documentId, revision: snapshot.revision.number, hash: snapshot.revision.contentHash } : null;

/**
 * Whether to apply a revision to what the site holds for its slug in the event's edition (pass the
 * held copy of `localeOf(event)`, never another edition's). Revision N applies only on top of
 * N-1 with the hash the CMS names (the chain), or as a document's first revision (a recreated
 * document under an old slug starts clean), or as a reset (the CMS's whole state). Anything not
 * newer is stale; a skip ahead is refused as a "gap", and the CMS answers it with a reset.
 */
export const decide = (held: Omit<SiteHeld, 'slug'> | null, event: SyncPayload | SyncRemovalPayload): Decision => {
  const sameDocument = !!held && held.documentId === event.explainer.documentId;
  if (event.type === SYNC_REMOVAL_TYPE) return sameDocument ? { action: 'remove' } : { action: 'ignore', reason: 'not-held' };
  if (event.reset) return sameDocument && held!.revision === event.revision && held!.hash === event.hash ? { action: 'ignore', reason: 'stale' } : { action: 'apply' };
  if (sameDocument && event.revision <= held!.revision) return { action: 'ignore', reason: 'stale' };
  if (event.revision === 1 && event.previousHash === null) return { action: 'apply' };
  if (sameDocument && held!.revision === event.revision - 1 && held!.hash === event.previousHash) return { action: 'apply' };
  return { action: 'refuse', reason: 'gap' };
};

/** A fetched snapshot must be the one the payload announced (same document, number and hash). */
export const matchesPayload = (snapshot: ExplainerSnapshot, event: SyncPayload) =>
  snapshot?.content?.documentId === event.explainer.documentId && snapshot.revision?.number === event.revision && snapshot.revision?.contentHash === event.hash;

type FetchLike = (url: string, init?: { headers?: Record<string, string> }) => Promise<{
  status: number;
  ok: boolean;
  headers: { get(name: string): string | null };
  json(): Promise<unknown>;
}>;

export type SnapshotFetch = { status: 'ok'; snapshot: ExplainerSnapshot; etag: string | null } | { status: 'not-modified'; etag: string } | { status: 'not-found' };

/** The public API's URL of an explainer's latest snapshot (in one edition when `locale` is given). */
export const latestSnapshotUrl = (cmsUrl: string, slug: string, prefix = '/api', locale?: string) =>
  `${cmsUrl.replace(/\/$/, '')}${prefix}/conflict-explainer/explainers/${encodeURIComponent(slug)}${locale ? `?locale=${encodeURIComponent(locale)}` : ''}`;

/** Fetches a snapshot; with the ETag of the copy you hold, an unchanged one costs a 304 and no body. */
export const fetchSnapshot = async (url: string, { etag, fetch: doFetch = fetch as unknown as FetchLike }: { etag?: string | null; fetch?: FetchLike } = {}): Promise<SnapshotFetch> => {
  const response = await doFetch(url, etag ? { headers: { 'if-none-match': etag } } : undefined);
  if (response.status === 304 && etag) return { status: 'not-modified', etag };
  if (response.status === 404) return { status: 'not-found' };
  if (!response.ok) throw new Error(`snapshot fetch failed: HTTP ${response.status}`);
  return { status: 'ok', snapshot: (await response.json()) as ExplainerSnapshot, etag: response.headers.get('etag') };
};
