import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { bearer, editorWithPermissions, registerSuperAdmin, type AdminSession } from '../helpers/admin';
import { allKeys, CLAIM, editDraft, INTERNAL_KEYS, pokrovskDocumentId } from '../helpers/explainer';
import { TEST_SECRET } from '../helpers/site';
import { startStrapi, type TestApp } from '../helpers/strapi';

const { createSite } = require('../../examples/site/site');

/** Strapi's Preview for the explainer: the reference site renders the draft only with a valid, short-lived token. */
let app: TestApp;
let admin: AdminSession;
let documentId: string;
let site: { server: import('node:http').Server };
let siteUrl: string;

const DRAFT_TEXT = 'DRAFT-ONLY standfirst the readers have not seen';
const DRAFT_ROUTE = '/api/conflict-explainer/preview/draft';
const sitePort = 20000 + Math.floor(Math.random() * 20000);

beforeAll(async () => {
  process.env.SITE_PREVIEW_URL = `http://127.0.0.1:${sitePort}/preview/explainers/{documentId}?token={token}`;
  app = await startStrapi();
  admin = await registerSuperAdmin(app);
  documentId = await pokrovskDocumentId(app);
  site = createSite({ secret: TEST_SECRET, dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'ce-preview-site-')), cmsUrl: app.baseUrl });
  await new Promise<void>((resolve) => site.server.listen(sitePort, '127.0.0.1', resolve));
  siteUrl = `http://127.0.0.1:${(site.server.address() as AddressInfo).port}`;
  await editDraft(app, documentId, DRAFT_TEXT);
});
afterAll(async () => {
  await new Promise((resolve) => site?.server.close(resolve));
  await app?.stop();
  delete process.env.SITE_PREVIEW_URL;
});

/** What Strapi's Content Manager asks when the editor opens "Open preview". */
const contentManagerPreviewUrl = (session: AdminSession) =>
  app.http().get(`/content-manager/preview/url/plugin::conflict-explainer.explainer?documentId=${documentId}&status=draft`).set(bearer(session));

const tokenOf = (url: string) => new URL(url).searchParams.get('token') as string;
const service = () => app.strapi.plugin('conflict-explainer').service('preview');

describe('the preview URL', () => {
  it('Strapi’s Preview gets the site’s preview page with a token that expires in 10 minutes', async () => {
    const res = await contentManagerPreviewUrl(admin);
    expect(res.status).toBe(200);
    const url = new URL(res.body.data.url);
    expect(`${url.origin}${url.pathname}`).toBe(`${siteUrl}/preview/explainers/${documentId}`);
    const minted = await app.http().post(`/conflict-explainer/explainers/${documentId}/preview-token`).set(bearer(admin));
    expect(minted.status).toBe(200);
    const lifetime = new Date(minted.body.data.expiresAt).getTime() - Date.now();
    expect(lifetime).toBeGreaterThan(9 * 60 * 1000);
    expect(lifetime).toBeLessThanOrEqual(10 * 60 * 1000);
    expect(minted.body.data.url).toContain(`token=${encodeURIComponent(minted.body.data.token)}`);
  });

  it('an editor who may not read explainers gets no preview and no token', async () => {
    const deskOnly = await editorWithPermissions(app, admin, ['plugin::conflict-explainer.claims.read']);
    const res = await contentManagerPreviewUrl(deskOnly);
    expect(res.status).toBe(204);
    const minted = await app.http().post(`/conflict-explainer/explainers/${documentId}/preview-token`).set(bearer(deskOnly));
    expect(minted.status).toBe(403);
    expect(JSON.stringify(minted.body)).not.toContain('token"');
  });

  it('an unknown explainer is a 404, not a token', async () => {
    const res = await app.http().post('/conflict-explainer/explainers/nosuchdocument0000000000/preview-token').set(bearer(admin));
    expect(res.status).toBe(404);
  });
});

describe('the draft behind the token', () => {
  it('a valid token gets the current draft with the claims’ current statuses, never cached, nothing internal', async () => {
    const claim = await app.strapi.db.query(CLAIM as any).findOne({ where: { statement: { $startsWith: "Kyiv's General Staff denied" } } });
    await app.strapi.db.query(CLAIM as any).update({ where: { id: claim.id }, data: { claimStatus: 'disputed' } });
    const { token } = await service().mint(documentId);
    const res = await app.http().get(DRAFT_ROUTE).set('x-preview-token', token);
    expect(res.status).toBe(200);
    expect(res.headers['cache-control']).toBe('no-store');
    const { snapshot } = res.body.data;
    expect(snapshot.content.standfirst).toBe(DRAFT_TEXT);
    expect(snapshot.content.claims.find((c: any) => c.statement.startsWith("Kyiv's General Staff denied")).status).toBe('disputed');
    expect(snapshot.content.maps.length).toBeGreaterThan(0);
    for (const key of INTERNAL_KEYS) expect(allKeys(snapshot).has(key)).toBe(false);
    // Readers still get the published revision.
    const published = await app.http().get('/api/conflict-explainer/explainers/pokrovsk');
    expect(JSON.stringify(published.body)).not.toContain(DRAFT_TEXT);
  });

  const refusals: [string, () => Promise<string | null>][] = [
    ['missing', async () => null],
    ['expired', async () => (await service().mint(documentId, null, Date.now() - 11 * 60 * 1000)).token],
    [
      'tampered (another explainer named)',
      async () => {
        const [version, claims, signature] = (await service().mint(documentId)).token.split('.');
        const changed = { ...JSON.parse(Buffer.from(claims, 'base64url').toString()), doc: 'someotherdocument000000' };
        return `${version}.${Buffer.from(JSON.stringify(changed)).toString('base64url')}.${signature}`;
      },
    ],
    [
      'tampered (longer life)',
      async () => {
        const [version, claims, signature] = (await service().mint(documentId, null, Date.now() - 11 * 60 * 1000)).token.split('.');
        const changed = { ...JSON.parse(Buffer.from(claims, 'base64url').toString()), exp: Date.now() + 3600_000 };
        return `${version}.${Buffer.from(JSON.stringify(changed)).toString('base64url')}.${signature}`;
      },
    ],
    ['forged signature', async () => `${(await service().mint(documentId)).token.slice(0, -6)}AAAAAA`],
    ['garbage', async () => 'not-a-token'],
  ];

  it.each(refusals)('%s token: 401 from the CMS and from the site, and nothing of the draft', async (_name, tokenFor) => {
    const token = await tokenFor();
    const cms = token ? await app.http().get(DRAFT_ROUTE).set('x-preview-token', token) : await app.http().get(DRAFT_ROUTE);
    expect(cms.status).toBe(401);
    expect(cms.body).toMatchObject({ data: null, error: { status: 401, name: 'UnauthorizedError' } });
    expect(JSON.stringify(cms.body)).not.toContain(DRAFT_TEXT);
    const page = await fetch(`${siteUrl}/preview/explainers/${documentId}${token ? `?token=${encodeURIComponent(token)}` : ''}`);
    expect(page.status).toBe(401);
    const html = await page.text();
    expect(html).not.toContain(DRAFT_TEXT);
    expect(html).not.toContain('Pokrovsk');
  });

  it('a token in the query string of the CMS route is not accepted (the header only)', async () => {
    const { token } = await service().mint(documentId);
    const res = await app.http().get(`${DRAFT_ROUTE}?token=${encodeURIComponent(token)}`);
    expect(res.status).toBe(401);
  });
});

describe('the site’s preview page', () => {
  it('renders the draft inside the admin only, unindexed, and follows each save with a renewed token', async () => {
    const url = (await contentManagerPreviewUrl(admin)).body.data.url as string;
    const first = await fetch(url);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-store');
    expect(first.headers.get('x-robots-tag')).toBe('noindex');
    expect(first.headers.get('content-security-policy')).toBe(`frame-ancestors ${new URL(app.baseUrl).origin}`);
    const html = await first.text();
    expect(html).toContain(DRAFT_TEXT);
    expect(html).toContain('Preview of the draft: not published');
    expect(html).toContain('<meta name="robots" content="noindex, nofollow">');
    expect(html).toContain('Disputed');

    // The editor saves; Strapi tells the frame ("strapiUpdate") and the page reloads its renewed address.
    await editDraft(app, documentId, 'A second draft, saved in the preview');
    const reload = /location\.replace\("([^"]+)"\)/.exec(html)?.[1];
    expect(reload).toBeDefined();
    const renewed = tokenOf(`${siteUrl}${reload}`);
    expect(renewed).not.toBe(tokenOf(url));
    const second = await fetch(`${siteUrl}${reload}`);
    expect(second.status).toBe(200);
    expect(await second.text()).toContain('A second draft, saved in the preview');
  });

  it('a token about to expire is renewed by a load', async () => {
    const nineMinutesAgo = Date.now() - 9 * 60 * 1000;
    const { token } = await service().mint(documentId, null, nineMinutesAgo);
    const res = await app.http().get(DRAFT_ROUTE).set('x-preview-token', token);
    expect(res.status).toBe(200);
    expect(new Date(res.body.data.expiresAt).getTime()).toBeGreaterThan(Date.now() + 9 * 60 * 1000);
    // Renewing a renewal works too.
    expect((await app.http().get(DRAFT_ROUTE).set('x-preview-token', res.body.data.token)).status).toBe(200);
  });

  it('a valid token for one explainer does not open another one’s page address', async () => {
    const { token } = await service().mint(documentId);
    const page = await fetch(`${siteUrl}/preview/explainers/someotherdocument000000?token=${encodeURIComponent(token)}`);
    expect(page.status).toBe(401);
    expect(await page.text()).not.toContain('A second draft');
  });
});
