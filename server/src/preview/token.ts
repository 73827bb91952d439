import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Preview tokens: `v1.<claims>.<signature>`, the claims base64url JSON, the signature an
 * HMAC-SHA256 of `v1.<claims>` under a key that never leaves the server. Pure functions, so the
 * expiry and tamper rules are tested without a Strapi.
 */
export type PreviewClaims = {
  /** The explainer's document id: a token opens this draft and no other. */
  doc: string;
  /** The edition (null: no i18n). */
  loc: string | null;
  /** Issued at, expires at (ms since the epoch). */
  iat: number;
  exp: number;
  /** When the editor opened the preview: renewals never run past `ses` + the session cap. */
  ses: number;
};

export type PreviewCheck = { ok: true; claims: PreviewClaims } | { ok: false; reason: 'missing' | 'malformed' | 'signature' | 'expired' };

const VERSION = 'v1';
const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

const sign = (key: Buffer, body: string) => createHmac('sha256', key).update(body).digest();

export const mintPreviewToken = (key: Buffer, claims: PreviewClaims): string => {
  const body = `${VERSION}.${b64url(JSON.stringify(claims))}`;
  return `${body}.${b64url(sign(key, body))}`;
};

const isClaims = (value: any): value is PreviewClaims =>
  !!value &&
  typeof value.doc === 'string' &&
  (value.loc === null || typeof value.loc === 'string') &&
  [value.iat, value.exp, value.ses].every((n) => Number.isSafeInteger(n));

export const verifyPreviewToken = (key: Buffer, token: unknown, now = Date.now()): PreviewCheck => {
  if (typeof token !== 'string' || token === '') return { ok: false, reason: 'missing' };
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== VERSION || token.length > 2048) return { ok: false, reason: 'malformed' };
  const expected = sign(key, `${parts[0]}.${parts[1]}`);
  const given = Buffer.from(parts[2], 'base64url');
  // The signature first: nothing in an unsigned token is read.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (!isClaims(claims)) return { ok: false, reason: 'malformed' };
  if (now >= claims.exp) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
};

/** The signing key, derived from the admin's JWT secret for this one purpose (rotating that secret voids tokens). */
export const previewKey = (adminSecret: string) => createHmac('sha256', adminSecret).update('conflict-explainer/preview-token/v1').digest();

/** A token's expiry: `ttlMs` from now, but never past the session the editor opened plus `sessionMaxMs`. */
export const expiryOf = (now: number, session: number, ttlMs: number, sessionMaxMs: number) => Math.min(now + ttlMs, session + sessionMaxMs);
