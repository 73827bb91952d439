import { Webhook } from 'standardwebhooks';
import { createVerifier, decide, DeliveryRejected, fetchSnapshot, heldOf, latestSnapshotUrl, localeOf, matchesPayload, type SyncPayload, type SyncRemovalPayload } from '../index';

const SECRET = `whsec_${Buffer.from('site-kit-unit-test-secret-32-bytes!').toString('base64')}`;

const revision = (overrides: Partial<SyncPayload> = {}): SyncPayload => ({
  type: 'explainer.revision.published',
  deliveryId: 'msg_1',
  explainer: { documentId: 'doc-a', slug: 'pokrovsk' },
  revision: 2,
  hash: 'h2',
  previousHash: 'h1',
  reset: false,
  publishedAt: '2025-11-07T10:00:00.000Z',
  snapshotUrl: 'https://cms.example/api/conflict-explainer/explainers/pokrovsk/revisions/2',
  ...overrides,
});
const removal: SyncRemovalPayload = { type: 'explainer.removed', deliveryId: 'msg_2', explainer: { documentId: 'doc-a', slug: 'pokrovsk' }, reason: 'unpublished' };
const holding = (revisionNumber: number, hash: string, documentId = 'doc-a') => ({ documentId, revision: revisionNumber, hash });

const sign = (body: string, { secret = SECRET, at = new Date(), id = 'msg_1' } = {}) => ({
  'webhook-id': id,
  'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
  'webhook-signature': new Webhook(secret).sign(id, at, body),
});

describe('createVerifier', () => {
  const verify = createVerifier(SECRET);

  it('returns the typed payload of a correctly signed delivery', () => {
    const body = JSON.stringify(revision());
    expect(verify(body, sign(body))).toEqual(revision());
  });

  it('refuses a tampered body, another secret, an old timestamp and no signature with 401', () => {
    const body = JSON.stringify(revision());
    const attempts = [
      () => verify(body.replace('h2', 'h3'), sign(body)),
      () => verify(body, sign(body, { secret: `whsec_${Buffer.from('another-secret-another-secret-32!!').toString('base64')}` })),
      () => verify(body, sign(body, { at: new Date(Date.now() - 60 * 60 * 1000) })),
      () => verify(body, {}),
    ];
    for (const attempt of attempts) {
      expect(attempt).toThrow(DeliveryRejected);
      try {
        attempt();
      } catch (error) {
        expect((error as DeliveryRejected).status).toBe(401);
      }
    }
  });

  it('refuses a signed but malformed delivery with 400, naming what is wrong', () => {
    const body = JSON.stringify({ ...revision(), explainer: { documentId: 'doc-a', slug: '../etc' } });
    expect(() => verify(body, sign(body))).toThrow(/explainer.slug/);
    const noHash = JSON.stringify({ ...revision(), hash: undefined });
    expect(() => verify(noHash, sign(noHash))).toThrow(/hash/);
  });

  it('passes an edition’s locale through and refuses one that is not a locale code', () => {
    const uk = JSON.stringify(revision({ explainer: { documentId: 'doc-a', slug: 'pokrovsk', locale: 'uk' } }));
    expect(verify(uk, sign(uk))).toMatchObject({ explainer: { locale: 'uk' } });
    const bad = JSON.stringify({ ...removal, explainer: { documentId: 'doc-a', slug: 'pokrovsk', locale: '../uk' } });
    expect(() => verify(bad, sign(bad))).toThrow(/explainer.locale/);
  });

  it('needs a secret: there is no default', () => {
    expect(() => createVerifier('')).toThrow(/secret is required/);
  });
});

describe('decide', () => {
  it('applies the next revision only on top of the previous one with its hash (the chain)', () => {
    expect(decide(holding(1, 'h1'), revision())).toEqual({ action: 'apply' });
    expect(decide(holding(1, 'other'), revision())).toEqual({ action: 'refuse', reason: 'gap' });
    expect(decide(holding(1, 'h1'), revision({ revision: 999999 }))).toEqual({ action: 'refuse', reason: 'gap' });
    expect(decide(null, revision())).toEqual({ action: 'refuse', reason: 'gap' });
  });

  it('drops what is not newer as stale', () => {
    expect(decide(holding(2, 'h2'), revision())).toEqual({ action: 'ignore', reason: 'stale' });
    expect(decide(holding(5, 'h5'), revision())).toEqual({ action: 'ignore', reason: 'stale' });
  });

  it("a document's first revision replaces another document under the same slug", () => {
    expect(decide(holding(7, 'h7', 'doc-old'), revision({ revision: 1, previousHash: null, explainer: { documentId: 'doc-a', slug: 'pokrovsk' } }))).toEqual({ action: 'apply' });
    expect(decide(holding(7, 'h7', 'doc-old'), revision())).toEqual({ action: 'refuse', reason: 'gap' });
  });

  it('a reset replaces whatever is held unless it is exactly that', () => {
    expect(decide(null, revision({ reset: true }))).toEqual({ action: 'apply' });
    expect(decide(holding(999999, 'forged'), revision({ reset: true }))).toEqual({ action: 'apply' });
    expect(decide(holding(2, 'h2'), revision({ reset: true }))).toEqual({ action: 'ignore', reason: 'stale' });
  });

  it('removes a page only when it holds that document', () => {
    expect(decide(holding(3, 'h3'), removal)).toEqual({ action: 'remove' });
    expect(decide(holding(1, 'h1', 'doc-new'), removal)).toEqual({ action: 'ignore', reason: 'not-held' });
    expect(decide(null, removal)).toEqual({ action: 'ignore', reason: 'not-held' });
  });
});

describe('editions', () => {
  it('a delivery naming no locale (an older CMS) is for the default edition', () => {
    expect(localeOf(revision(), 'en')).toBe('en');
    expect(localeOf(revision({ explainer: { documentId: 'doc-a', slug: 'pokrovsk', locale: 'uk' } }), 'en')).toBe('uk');
    expect(localeOf({ ...removal, explainer: { ...removal.explainer, locale: 'ru' } }, 'en')).toBe('ru');
  });

  it('names the edition in the latest snapshot URL', () => {
    expect(latestSnapshotUrl('https://cms.example', 'pokrovsk', '/api', 'uk')).toBe('https://cms.example/api/conflict-explainer/explainers/pokrovsk?locale=uk');
  });
});

describe('snapshots', () => {
  const snapshot = { content: { documentId: 'doc-a', slug: 'pokrovsk' }, revision: { number: 2, contentHash: 'h2' } } as any;

  it('reads what is held from a stored snapshot, and checks a fetched one against its payload', () => {
    expect(heldOf(snapshot)).toEqual({ documentId: 'doc-a', revision: 2, hash: 'h2' });
    expect(heldOf(null)).toBeNull();
    expect(matchesPayload(snapshot, revision())).toBe(true);
    expect(matchesPayload(snapshot, revision({ hash: 'h3' }))).toBe(false);
  });

  it('fetches by slug with the ETag it holds: 200 with the new ETag, 304 without a body, 404', async () => {
    const calls: { url: string; headers?: Record<string, string> }[] = [];
    const answer = (status: number, body?: unknown, etag?: string) => async (url: string, init?: { headers?: Record<string, string> }) => {
      calls.push({ url, headers: init?.headers });
      return { status, ok: status >= 200 && status < 300, headers: { get: (name: string) => (name === 'etag' ? etag ?? null : null) }, json: async () => body };
    };
    const url = latestSnapshotUrl('https://cms.example/', 'pokrovsk');
    expect(url).toBe('https://cms.example/api/conflict-explainer/explainers/pokrovsk');
    expect(await fetchSnapshot(url, { fetch: answer(200, snapshot, '"r2-h2"') })).toEqual({ status: 'ok', snapshot, etag: '"r2-h2"' });
    expect(await fetchSnapshot(url, { etag: '"r2-h2"', fetch: answer(304) })).toEqual({ status: 'not-modified', etag: '"r2-h2"' });
    expect(calls[1].headers).toEqual({ 'if-none-match': '"r2-h2"' });
    expect(await fetchSnapshot(url, { fetch: answer(404) })).toEqual({ status: 'not-found' });
    await expect(fetchSnapshot(url, { fetch: answer(500) })).rejects.toThrow(/HTTP 500/);
  });
});
