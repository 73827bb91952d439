import { expiryOf, mintPreviewToken, previewKey, verifyPreviewToken } from '../token';

const key = previewKey('test-admin-secret');
const now = 1_800_000_000_000;
const claims = { doc: 'abc123', loc: null, iat: now, exp: now + 600_000, ses: now };

describe('preview tokens', () => {
  it('a fresh token names its explainer', () => {
    expect(verifyPreviewToken(key, mintPreviewToken(key, claims), now + 1000)).toEqual({ ok: true, claims });
  });

  it('is expired from its expiry on', () => {
    const token = mintPreviewToken(key, claims);
    expect(verifyPreviewToken(key, token, claims.exp - 1).ok).toBe(true);
    expect(verifyPreviewToken(key, token, claims.exp)).toEqual({ ok: false, reason: 'expired' });
  });

  it('refuses a changed claim, a changed signature and another key', () => {
    const token = mintPreviewToken(key, claims);
    const [version, , signature] = token.split('.');
    const otherDocument = Buffer.from(JSON.stringify({ ...claims, doc: 'other' })).toString('base64url');
    expect(verifyPreviewToken(key, `${version}.${otherDocument}.${signature}`, now)).toEqual({ ok: false, reason: 'signature' });
    const flipped = `${token.slice(0, -2)}${token.endsWith('A') ? 'B' : 'A'}${token.slice(-1)}`;
    expect(verifyPreviewToken(key, flipped, now).ok).toBe(false);
    expect(verifyPreviewToken(previewKey('another-secret'), token, now)).toEqual({ ok: false, reason: 'signature' });
  });

  it('refuses nothing, garbage and a token of another version', () => {
    expect(verifyPreviewToken(key, undefined, now)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyPreviewToken(key, '', now)).toEqual({ ok: false, reason: 'missing' });
    expect(verifyPreviewToken(key, 'not-a-token', now)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyPreviewToken(key, mintPreviewToken(key, claims).replace(/^v1/, 'v2'), now)).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('renewal', () => {
  it('renews for the lifetime, never past the session cap', () => {
    const ttl = 600_000;
    const cap = 12 * 3600_000;
    expect(expiryOf(now, now, ttl, cap)).toBe(now + ttl);
    expect(expiryOf(now + 3600_000, now, ttl, cap)).toBe(now + 3600_000 + ttl);
    expect(expiryOf(now + cap - 60_000, now, ttl, cap)).toBe(now + cap);
    // A renewal asked for after the cap gives a token already expired.
    const late = { ...claims, iat: now + cap + 1, exp: expiryOf(now + cap + 1, now, ttl, cap) };
    expect(verifyPreviewToken(key, mintPreviewToken(key, late), now + cap + 1)).toEqual({ ok: false, reason: 'expired' });
  });
});
