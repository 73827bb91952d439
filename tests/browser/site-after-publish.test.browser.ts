import fs from 'node:fs';
import type { Browser } from 'playwright-core';
import { bearer, registerSuperAdmin, type AdminSession } from '../helpers/admin';
import { ARTIFACTS, launchChromium } from '../helpers/browser';
import { pokrovskDocumentId } from '../helpers/explainer';
import { eventually, startSite, TEST_SECRET, type RunningSite } from '../helpers/site';
import { startStrapi, type TestApp } from '../helpers/strapi';

/** A reader opens the site after an editor's publish and sees the update note and the new claim status. */
let app: TestApp;
let site: RunningSite;
let admin: AdminSession;
let browser: Browser;

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  site = await startSite();
  app = await startStrapi();
  admin = await registerSuperAdmin(app);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await site?.stop();
});

it('shows the new update note, claim status, credited images and maps after a publish', async () => {
  const target = await app.http().post('/conflict-explainer/sync/targets').set(bearer(admin)).send({ name: 'Site', url: site.webhookUrl, secret: TEST_SECRET });
  expect(target.status).toBe(201);
  const documentId = await pokrovskDocumentId(app);
  const claims = await app.http().get('/conflict-explainer/claims?search=encircled').set(bearer(admin));
  const denial = claims.body.data[0];
  await app.http().post(`/conflict-explainer/claims/${denial.documentId}/status`).set(bearer(admin)).send({ version: denial.version, status: 'disputed', reason: 'Hromadske sources contradict it' });
  const published = await app
    .http()
    .post(`/conflict-explainer/explainers/${documentId}/publish`)
    .set(bearer(admin))
    .send({ kind: 'update', publicNote: 'Updated 7 Nov: General Staff denial now disputed <script>alert(1)</script>' });
  expect(published.status).toBe(400);
  const ok = await app.http().post(`/conflict-explainer/explainers/${documentId}/publish`).set(bearer(admin)).send({ kind: 'update', publicNote: 'Updated 7 Nov: General Staff denial now disputed' });
  const number = ok.body.data.revision.number;
  await eventually(() => site.received.some((r) => r.revision === number && r.applied), 10000, 'delivery to the site');

  const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${site.url}/explainers/pokrovsk`);
  // The page prints "Updated <date and time>:" itself, so the editor's own "Updated 7 Nov:" is not repeated.
  await expect(page.locator('#updated').textContent()).resolves.toMatch(/^Updated \d+ \w+ \d{4} at \d\d:\d\d UTC: General Staff denial now disputed$/);
  const claim = page.locator(`#claim-${denial.documentId}`);
  await expect(claim.locator('.status').textContent()).resolves.toBe('Disputed');
  await expect(claim.locator('.claimant').textContent()).resolves.toMatch(/General Staff/);
  await expect(page.locator('figure.hero figcaption').textContent()).resolves.toContain('Image source, Libkos/Getty Images');
  expect(await page.locator('figure.map svg').count()).toBe(3);
  await expect(page.locator('figure.map .map-meta').first().textContent()).resolves.toMatch(/Source: .* · As of \d+ \w+ 2025/);
  expect(await page.locator('#changelog li').count()).toBe(number);
  const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(jsonLd['@graph'][0]['@type']).toBe('NewsArticle');
  expect(errors).toEqual([]);
  await page.screenshot({ path: `${ARTIFACTS}/site-after-publish.png`, fullPage: true });
  await page.close();
});
