/**
 * A newsroom's morning on the seeded Pokrovsk piece, in the real admin and the real reference site,
 * driven through Debian's Chromium. Two people:
 *
 *   the desk editor: the home page says which claims are due for re-verification → one is
 *   re-verified in the claims desk and leaves the list → the explainer's body blocks are named by
 *   what they hold → a sentence is added to a text block → the draft preview shows it (the site
 *   rendering the draft behind a signed token) → one publish through Strapi's Publish and the
 *   plugin's dialog → the activity feed records it;
 *
 *   the Ukrainian translator: the explainers list shows the Ukrainian edition one revision behind →
 *   the translation page shows exactly what changed in English → the Ukrainian edition gets the same
 *   change and is published as translated from English revision 2 → up to date everywhere.
 *
 * Screenshots go to test-results/newsroom-morning/NN-step.png; the README's screenshots of the home
 * widgets and the named body come from here.
 */
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { expectVisible, loginThroughForm, pollUntil } from '../helpers/admin-ui';
import { ARTIFACTS, launchChromium } from '../helpers/browser';
import { createJourney } from '../helpers/journey';
import { DEV_ADMIN, PLAYGROUND_SEED, startAdminJourneyServers, type AdminJourneyServers, type PlaygroundServer } from '../helpers/playground-server';

const OUT = path.join(ARTIFACTS, 'newsroom-morning');
const SETUP_TIMEOUT = 20 * 60_000;
const STEP_TIMEOUT = 4 * 60_000;

// Every claim falls due 72 s after it was verified (the seed verifies them all at boot).
const RECHECK_HOURS = 0.02;
const PIECE_TITLE: string = PLAYGROUND_SEED.explainer.title;
const SLUG: string = PLAYGROUND_SEED.explainer.slug;
const ADDED = 'Local officials said on Friday that the last bridge on the western road was damaged.';
const ADDED_UK = 'Місцева влада в пʼятницю повідомила, що останній міст на західній дорозі пошкоджено.';
const PUBLIC_NOTE = 'Updated: adds the damage to the last bridge on the western road.';

let browser: Browser;
let strapi: PlaygroundServer;
let servers: AdminJourneyServers;
let api: AdminJourneyServers['api'];
let context: BrowserContext;
let page: Page;
const ids = { explainer: '', claim: '', claimStatement: '' };

const { watch, shot, step } = createJourney({ out: OUT, stepTimeoutMs: STEP_TIMEOUT, strapiUrl: () => strapi?.url, pages: () => ({ editor: page }) });

const notification = (text: string | RegExp) => expectVisible(page.getByRole('status').or(page.getByRole('alert')), text, { what: `the notification "${text}"` });
const dueClaimsWidget = () => page.getByRole('region', { name: 'What needs checking: claims' });
const editView = (locale?: string) =>
  `${strapi.url}/admin/content-manager/collection-types/plugin::conflict-explainer.explainer/${ids.explainer}${locale ? `?plugins[i18n][locale]=${locale}` : ''}`;

/** The body's first text block in the edit view: its header names it by its first words (the server's summary). */
const textBlockHeader = async (locale?: string) => {
  const draft = await api('GET', `/content-manager/collection-types/plugin::conflict-explainer.explainer/${ids.explainer}${locale ? `?locale=${locale}` : ''}`);
  const block = draft.data.body.find((b: any) => b.__component === 'conflict-explainer.rich-text');
  expect(block.summary).toBeTruthy();
  return { header: page.getByRole('button', { name: new RegExp(escape(block.summary.slice(0, 40))) }).first(), summary: block.summary as string };
};
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Opens a text block by its header and types a sentence at the end of its last paragraph. */
const appendToTextBlock = async (header: Locator, sentence: string) => {
  await header.click();
  const editor = page.locator('[contenteditable="true"][role="textbox"]').first();
  await editor.waitFor();
  await editor.click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(` ${sentence}`);
};

/** Strapi's "Publish" opens the plugin's dialog; the editor picks the kind and writes the note. */
const publishThroughDialog = async (note: string) => {
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Publish an update' });
  await dialog.waitFor();
  await dialog.getByLabel('Public note').fill(note);
  return dialog;
};

beforeAll(async () => {
  const policy = Object.fromEntries(['unverified', 'disputed', 'denied', 'corroborated', 'confirmed'].map((status) => [status, RECHECK_HOURS]));
  servers = await startAdminJourneyServers(OUT, { env: { CE_RECHECK_HOURS: JSON.stringify({ developing: policy, settled: policy }) } });
  ({ strapi, api } = servers);
  const explainers = await api('GET', `/content-manager/collection-types/plugin::conflict-explainer.explainer?filters[slug][$eq]=${SLUG}`);
  ids.explainer = explainers.results[0].documentId;
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-GB', timezoneId: 'UTC' });
  page = watch(await context.newPage(), 'editor');
}, SETUP_TIMEOUT);

afterAll(async () => {
  await Promise.allSettled([context?.close()]);
  await Promise.allSettled([browser?.close()]);
  await servers?.stop();
}, 60_000);

describe('the desk editor’s morning', () => {
  step('01 the home page says which claims are due for re-verification', async () => {
    await loginThroughForm(page, `${strapi.url}/admin`, DEV_ADMIN);
    await page.getByRole('navigation').getByRole('link', { name: 'Conflict explainer' }).waitFor();
    // The seed verified every claim at boot; under this policy they fall due 72 s later.
    await pollUntil(
      async () => {
        await page.goto(`${strapi.url}/admin`);
        // The widget's first link is "Claims desk" in its header; a second one is a due claim.
        await dueClaimsWidget().getByRole('link').nth(1).waitFor({ timeout: 15_000 });
        return true;
      },
      150_000,
      'due claims on the home page',
      5_000
    );
    const due = await api('GET', '/conflict-explainer/needs-checking');
    expect(due.data.claims.total).toBeGreaterThan(0);
    ids.claim = due.data.claims.items[0].documentId;
    ids.claimStatement = due.data.claims.items[0].statement;
    await expectVisible(dueClaimsWidget(), /^Due /);
    await expectVisible(dueClaimsWidget(), 'every 0.02 h while developing');
    await dueClaimsWidget().scrollIntoViewIfNeeded();
    await shot(page, 'home-needs-checking', { full: false });
  });

  step('02 a due claim opens in the claims desk, is re-verified and leaves the list', async () => {
    const row = dueClaimsWidget().getByRole('link', { name: new RegExp(`^${escape(ids.claimStatement.slice(0, 50))}`) });
    await row.click();
    await page.waitForURL((url) => url.pathname.endsWith('/plugins/conflict-explainer/claims') && url.searchParams.get('claim') === ids.claim);
    await page.getByRole('button', { name: 'Mark re-verified now' }).click();
    await notification('Marked as re-verified now.');
    await shot(page, 'claim-re-verified', { full: false });
    const claim = await api('GET', `/conflict-explainer/claims/${ids.claim}`);
    expect(Date.now() - Date.parse(claim.data.lastVerifiedAt)).toBeLessThan(60_000);
    await page.goto(`${strapi.url}/admin`);
    // Other claims are still due: once one shows, the list has loaded.
    await dueClaimsWidget().getByRole('link').nth(1).waitFor();
    await expect(dueClaimsWidget().getByRole('link', { name: new RegExp(`^${escape(ids.claimStatement.slice(0, 50))}`) }).count()).resolves.toBe(0);
  });

  step('03 the explainer’s body blocks are named by what they hold', async () => {
    await page.goto(editView());
    await page.getByRole('heading', { name: PIECE_TITLE }).waitFor();
    const { header } = await textBlockHeader();
    await header.waitFor();
    const draft = await api('GET', `/content-manager/collection-types/plugin::conflict-explainer.explainer/${ids.explainer}`);
    const section = draft.data.body.find((b: any) => b.__component === 'conflict-explainer.section-heading');
    const claimBlock = draft.data.body.find((b: any) => b.__component === 'conflict-explainer.claim-embed');
    const mapBlock = draft.data.body.find((b: any) => b.__component === 'conflict-explainer.map-embed');
    await page.getByRole('button', { name: new RegExp(escape(section.question.slice(0, 40))) }).first().waitFor();
    await page.getByRole('button', { name: new RegExp(escape(claimBlock.summary.slice(0, 40))) }).first().waitFor();
    await page.getByRole('button', { name: new RegExp(escape(mapBlock.summary.slice(0, 40))) }).first().waitFor();
    expect(await page.getByRole('button', { name: /^Text$/ }).count()).toBe(0);
    // Enumerations read as words, not as their stored values.
    await expect(page.getByRole('combobox', { name: /Situation status/ }).textContent()).resolves.toContain('Developing');
    await header.scrollIntoViewIfNeeded();
    await shot(page, 'named-body', { full: false });
  });

  step('04 a sentence is added to a text block and saved', async () => {
    const { header } = await textBlockHeader();
    await appendToTextBlock(header, ADDED);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await notification('Saved document');
    const draft = await api('GET', `/content-manager/collection-types/plugin::conflict-explainer.explainer/${ids.explainer}`);
    expect(JSON.stringify(draft.data.body)).toContain(ADDED);
    await expectVisible(page, 'Unpublished changes', { timeout: 30_000 });
  });

  step('05 the preview shows the draft, rendered by the site, before anything is published', async () => {
    await page.getByRole('link', { name: 'Open preview' }).or(page.getByRole('button', { name: 'Open preview' })).first().click();
    const frame = page.frameLocator('iframe').first();
    await frame.getByText(ADDED).first().waitFor({ timeout: 60_000 });
    await frame.getByText(PIECE_TITLE).first().waitFor();
    await shot(page, 'preview-of-draft', { full: false });
    // Readers still get revision 1 without the sentence.
    const live = await fetch(`${strapi.url}/api/conflict-explainer/explainers/${SLUG}`).then((r) => r.text());
    expect(live).not.toContain(ADDED);
    await page.getByRole('link', { name: 'Close preview' }).or(page.getByRole('button', { name: 'Close preview' })).first().click();
    await page.getByRole('heading', { name: PIECE_TITLE }).waitFor();
  });

  step('06 one publish: Strapi’s Publish asks the kind and the note, and the panel is right at once', async () => {
    const dialog = await publishThroughDialog(PUBLIC_NOTE);
    await dialog.getByRole('radio', { name: /^Update/ }).check();
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await notification('Revision 2 published.');
    await expectVisible(page, 'The draft matches revision 2.', { timeout: 10_000 });
    const live = await fetch(`${strapi.url}/api/conflict-explainer/explainers/${SLUG}`).then((r) => r.json() as Promise<any>);
    expect(live.revision).toMatchObject({ number: 2, kind: 'update', note: PUBLIC_NOTE });
  });

  step('07 the activity feed records the publish, by whom, with its note', async () => {
    await page.getByRole('link', { name: 'All revisions' }).click();
    await page.getByRole('heading', { name: 'Revisions', level: 1 }).waitFor();
    await expectVisible(page, `${DEV_ADMIN.name} published revision 2 (Update): “${PUBLIC_NOTE}”`);
    await shot(page, 'activity');
  });
});

describe('the Ukrainian translator brings the edition up to date', () => {
  step('08 the explainers list shows the Ukrainian edition one revision behind English', async () => {
    await page.goto(`${strapi.url}/admin/plugins/conflict-explainer`);
    const row = page.getByRole('row').filter({ hasText: PIECE_TITLE });
    await expectVisible(row, 'Ukrainian: revision 1');
    await expectVisible(row, 'Russian: revision 1');
    await expectVisible(row, '1 revision behind');
    await shot(page, 'explainers-editions', { full: false });
    await row.getByRole('link', { name: 'What to translate in Ukrainian' }).click();
  });

  step('09 the translation page shows exactly what changed in English since the edition’s source revision', async () => {
    await page.getByRole('heading', { name: 'Ukrainian edition: what to translate', level: 1 }).waitFor();
    await expectVisible(page, 'Translated from English revision 1; English is now at revision 2: 1 revision to carry over.');
    const changes = page.getByRole('region', { name: 'What changed in English, revision 1 → 2' });
    await expectVisible(changes, ADDED);
    await expectVisible(page.getByRole('region', { name: 'Claims whose status changed since this edition was last published' }), 'No claim has changed status since this edition was last published.');
    await shot(page, 'translation-page');
  });

  step('10 the translator carries the change over and publishes the edition as translated from English revision 2', async () => {
    await page.getByRole('link', { name: 'Open the Ukrainian edition' }).click();
    // (The translation page's own address also ends with the document id.)
    await page.waitForURL((url) => url.pathname.includes('/content-manager/') && url.pathname.endsWith(`/${ids.explainer}`));
    await page.getByRole('button', { name: 'Save', exact: true }).waitFor({ timeout: 60_000 });
    await expectVisible(page, '1 revision behind English', { timeout: 45_000 });
    const { header } = await textBlockHeader('uk');
    await appendToTextBlock(header, ADDED_UK);
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await notification('Saved document');
    const dialog = await publishThroughDialog('Оновлено: пошкоджено останній міст на західній дорозі.');
    await expectVisible(dialog.getByRole('combobox', { name: 'Translated from English revision' }), 'Revision 2');
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await notification('Revision 2 published.');
    await expectVisible(page, 'Up to date with English revision 2', { timeout: 10_000 });
    await shot(page, 'edition-up-to-date', { full: false });

    const editions = await fetch(`${strapi.url}/api/conflict-explainer/explainers/${SLUG}/editions`).then((r) => r.json() as Promise<any>);
    expect(editions.data.find((e: any) => e.locale === 'uk')).toMatchObject({ revision: 2, basedOn: { locale: 'en', revision: 2 }, behind: 0 });
    expect(editions.data.find((e: any) => e.locale === 'ru')).toMatchObject({ revision: 1, behind: 1 });
    const uk = await fetch(`${strapi.url}/api/conflict-explainer/explainers/${SLUG}?locale=uk`).then((r) => r.text());
    expect(uk).toContain(ADDED_UK);
    expect(uk).not.toContain(ADDED);
    const en = await fetch(`${strapi.url}/api/conflict-explainer/explainers/${SLUG}`).then((r) => r.text());
    expect(en).not.toContain(ADDED_UK);
  });
});
