import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { bearer, registerSuperAdmin } from '../helpers/admin';
import { ARTIFACTS, launchChromium } from '../helpers/browser';
import { pokrovskDocumentId } from '../helpers/explainer';
import { eventually, startSite, TEST_SECRET, type RunningSite } from '../helpers/site';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * The reader's page as a newsroom would publish it, at phone and desktop widths: accessible (axe-core
 * finds nothing serious), the update note written once, human labels, responsive credited images,
 * legible maps with their description one tap away, and the meta a link preview reads.
 */
let app: TestApp;
let site: RunningSite;
let browser: Browser;
const NOTE = 'General Staff denial now disputed';

beforeAll(async () => {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  site = await startSite();
  app = await startStrapi();
  browser = await launchChromium();
  const admin = await registerSuperAdmin(app);
  const target = await app.http().post('/conflict-explainer/sync/targets').set(bearer(admin)).send({ name: 'Site', url: site.webhookUrl, secret: TEST_SECRET });
  expect(target.status).toBe(201);
  const claims = await app.http().get('/conflict-explainer/claims?search=encircled').set(bearer(admin));
  const denial = claims.body.data[0];
  await app.http().post(`/conflict-explainer/claims/${denial.documentId}/status`).set(bearer(admin)).send({ version: denial.version, status: 'disputed', reason: 'Hromadske sources contradict it' });
  // The editor follows the admin's hint and opens the note with "Updated <date>:".
  const published = await app
    .http()
    .post(`/conflict-explainer/explainers/${await pokrovskDocumentId(app)}/publish`)
    .set(bearer(admin))
    .send({ kind: 'update', publicNote: `Updated 7 Nov: ${NOTE}` });
  expect(published.status).toBe(200);
  const number = published.body.data.revision.number;
  await eventually(() => site.received.some((r) => r.revision === number && r.applied), 10000, 'delivery to the site');
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await site?.stop();
});

/** The snapshot names media by Strapi's configured public URL; this run's Strapi is on another port. */
const openPage = async (width: number): Promise<Page> => {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.route('http://localhost:1337/**', async (route) => {
    const url = route.request().url().replace('http://localhost:1337', app.baseUrl);
    await route.fulfill({ response: await route.fetch({ url }) });
  });
  await page.goto(`${site.url}/explainers/pokrovsk`);
  return page;
};

/** In-page code is passed as text (the tests are type-checked without the DOM library). */
const inPage = <T>(page: Page, expression: string) => page.evaluate(expression) as Promise<T>;

/**
 * Brings each image into view in turn and waits for it, so every lazy image has loaded before checks
 * and screenshots (a quick scroll past can leave one unrequested); names the image that never loads.
 */
const loadLazyImages = async (page: Page) => {
  const count = await inPage<number>(page, 'document.images.length');
  for (let i = 0; i < count; i += 1) {
    await page.evaluate(`document.images[${i}].scrollIntoView({ block: 'center' })`);
    await page
      .waitForFunction(`document.images[${i}].complete && document.images[${i}].naturalWidth > 0`, null, { timeout: 10000 })
      .catch(async () => {
        throw new Error(`image ${i + 1} of ${count} did not load: ${await inPage<string>(page, `document.images[${i}].currentSrc || document.images[${i}].src`)}`);
      });
  }
  await page.evaluate('window.scrollTo(0, 0)');
};

describe.each([360, 1280])('the Pokrovsk page at %i px', (width) => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage(width);
    await loadLazyImages(page);
  });
  afterAll(async () => page?.close());

  it('has no serious or critical accessibility violation (axe-core) and fits the screen', async () => {
    await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
    const violations = await inPage<{ id: string; impact: string; nodes: string[] }[]>(
      page,
      `axe.run(document, { resultTypes: ['violations'] }).then((result) =>
        result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) })))`
    );
    expect(violations.filter((v: any) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    expect(await inPage<number>(page, 'document.documentElement.scrollWidth')).toBeLessThanOrEqual(width);
  });

  it('says "Updated" once, with the date, time and time zone, then the note as the editor wrote it', async () => {
    const banner = (await page.locator('#updated').textContent())!.trim();
    expect(banner).toMatch(new RegExp(`^Updated \\d{1,2} \\w+ \\d{4} at \\d\\d:\\d\\d UTC: ${NOTE}$`));
    expect(banner.match(/updated/gi)).toHaveLength(1);
    expect(await page.locator('#updated time').getAttribute('datetime')).toMatch(/^\d{4}-\d\d-\d\dT/);
    await expect(page.locator('.byline').textContent()).resolves.toBe('By Conflict desk');
    await expect(page.locator('.situation').textContent()).resolves.toBe('Situation: Developing story');
    await expect(page.locator('.changes li').first().textContent()).resolves.toContain(NOTE);
  });

  it('prints people, media, sides and statuses in human words, each related claim once', async () => {
    const text = await page.locator('main').innerText();
    for (const raw of ['social-post', '(ukraine)', '(russia)', 'military-unit', 'osint-group', 'think-tank']) expect(text).not.toContain(raw);
    expect(text).toContain('Social media post');
    const disputed = page.locator('.claim.status-disputed').first();
    await expect(disputed.locator('.status').textContent()).resolves.toBe('Disputed');
    await expect(disputed.locator('.meaning').textContent()).resolves.toBe('Other sources contradict this');
    await expect(disputed.locator('.side').textContent()).resolves.toBe('Ukrainian side');
    const cards = await page.locator('.claim').evaluateAll((nodes: any[]) => nodes.map((node) => [...node.querySelectorAll('.links a')].map((a) => a.getAttribute('href'))));
    for (const hrefs of cards) expect(new Set(hrefs).size).toBe(hrefs.length);
    expect(await page.locator('.claim .links').getByText('Contradicted by:').count()).toBeGreaterThan(0);
    // "Contradicted by: Russian Ministry of Defence (5 Nov)": who and when; two from the same source that day add their opening words.
    const linkTexts = await page.locator('.claim .links a').allTextContents();
    for (const text of linkTexts) expect(text).toMatch(/^[^(]+ \(\d{1,2} \w{3,4}\)(: “.+”)?$/);
    const cardTexts = await page.locator('.claim .links').evaluateAll((nodes: any[]) => nodes.map((node) => [...node.querySelectorAll('a')].map((a) => a.textContent)));
    for (const texts of cardTexts) expect(new Set(texts).size).toBe(texts.length);
  });

  it('serves every image from Strapi’s renditions with its size, credit and lazy loading below the fold', async () => {
    const images = await page.locator('figure img').evaluateAll((nodes: any[]) =>
      nodes.map((img) => ({
        srcset: img.getAttribute('srcset') ?? '',
        sizes: img.getAttribute('sizes'),
        width: img.getAttribute('width'),
        height: img.getAttribute('height'),
        loading: img.getAttribute('loading'),
        loaded: img.naturalWidth > 0,
        credit: img.closest('figure')!.querySelector('.credit')?.textContent ?? '',
      }))
    );
    expect(images.length).toBe(3);
    for (const [index, image] of images.entries()) {
      expect(image.srcset.split(', ').map((candidate: string) => candidate.split(' ')[1])).toEqual(['245w', '500w', '750w', '1000w', '1200w']);
      expect(image).toMatchObject({ width: '1200', height: '675', loaded: true, loading: index === 0 ? null : 'lazy' });
      expect(image.sizes).toBeTruthy();
      expect(image.credit).toMatch(/^Image source, \S/);
    }
    expect(images[0].credit).toBe('Image source, Libkos/Getty Images');
  });

  it('labels each map for screen readers, keeps place names legible and the text description one tap away', async () => {
    const map = page.locator('figure.map').first();
    expect(await map.locator('svg > title').textContent()).toBeTruthy();
    expect(await map.locator('svg > desc').textContent()).toMatch(/^Shows .* marked\.$/);
    const smallest = await page.locator('figure.map svg text.place').evaluateAll((nodes: any[]) => Math.min(...nodes.map((n) => n.getBoundingClientRect().height)));
    expect(smallest).toBeGreaterThanOrEqual(12);
    expect(await map.locator('details p').isVisible()).toBe(false);
    await map.locator('details summary').click();
    expect(await map.locator('details p').isVisible()).toBe(true);
  });

  it('gives link previews and search engines the canonical URL, title, credited hero image and JSON-LD', async () => {
    const meta = (selector: string) => page.locator(selector).getAttribute('content');
    await expect(page.locator('link[rel="canonical"]').getAttribute('href')).resolves.toBe(`${site.url}/explainers/pokrovsk`);
    await expect(meta('meta[property="og:url"]')).resolves.toBe(`${site.url}/explainers/pokrovsk`);
    await expect(meta('meta[property="og:title"]')).resolves.toBe('Why the fall of this city would matter to Ukraine and Russia');
    await expect(meta('meta[property="og:type"]')).resolves.toBe('article');
    await expect(meta('meta[name="twitter:card"]')).resolves.toBe('summary_large_image');
    const image = (await meta('meta[property="og:image"]'))!;
    expect(image).toMatch(/^http:\/\/localhost:1337\/uploads\/.+\.jpg$/);
    expect(await meta('meta[name="twitter:image"]')).toBe(image);
    await expect(meta('meta[property="og:image:alt"]')).resolves.toMatch(/aerial view/);
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    const article = jsonLd['@graph'][0];
    expect(article['@type']).toBe('NewsArticle');
    expect(article.image[0]).toMatchObject({ contentUrl: expect.stringContaining('/uploads/'), creditText: 'Libkos/Getty Images' });
  });

  it('works from the keyboard: a skip link first, the map description opens with Enter', async () => {
    await page.reload();
    await page.keyboard.press('Tab');
    await expect(inPage(page, 'document.activeElement.textContent')).resolves.toBe('Skip to the article');
    await page.keyboard.press('Enter');
    await expect(inPage(page, 'document.activeElement.id')).resolves.toBe('main');
    const summary = page.locator('figure.map details summary').nth(1);
    await summary.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('figure.map details').nth(1).getAttribute('open')).resolves.toBe('');
    await page.evaluate("document.querySelectorAll('figure.map details').forEach((details) => details.removeAttribute('open'))");
    await loadLazyImages(page);
    await page.evaluate('document.activeElement && document.activeElement.blur()');
    await page.screenshot({ path: `${ARTIFACTS}/reader-page-${width}.png`, fullPage: true });
  });
});

it('reads in full without JavaScript', async () => {
  const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${site.url}/explainers/pokrovsk`);
  await expect(page.locator('h1').textContent()).resolves.toBe('Why the fall of this city would matter to Ukraine and Russia');
  expect(await page.locator('.claim').count()).toBeGreaterThan(5);
  expect(await page.locator('figure.map svg').count()).toBe(3);
  await context.close();
});
