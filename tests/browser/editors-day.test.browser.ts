/**
 * An editor's day on the seeded Pokrovsk piece, in the real admin (built by `strapi build`, served by
 * `strapi start`) and the real reference site, both started here, driven through Debian's Chromium:
 *
 *   log in → claims desk: the General Staff's denial becomes "disputed" with a reason → a new claim
 *   from a new actor → a second editor, in another browser, saves the same claim after the first
 *   one: 409, the conflict is shown and their text kept → the close-up map gets a new as-of date and
 *   a moved front line → "Publish" (the plugin's dialog) with a public note → the site shows the note, the status
 *   and the new map within seconds → compare the two revisions → restore the first as the draft,
 *   after the dialog lists the claim and the map it cannot bring back (shared, live records).
 *
 * The steps are ordered `it`s sharing one browser session; a failed step is named in the report and
 * the later ones say which step they depended on. Screenshots of every step go to
 * test-results/editors-day/NN-step.png (logs of the two servers and the admin build beside them).
 */
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expectValue, expectVisible, loginThroughForm, pollUntil } from '../helpers/admin-ui';
import { ARTIFACTS, launchChromium } from '../helpers/browser';
import { createJourney } from '../helpers/journey';
import {
  createEditor,
  DEV_ADMIN,
  PLAYGROUND_SEED,
  startAdminJourneyServers,
  type AdminJourneyServers,
  type PlaygroundServer,
  type ReferenceSite,
} from '../helpers/playground-server';

const OUT = path.join(ARTIFACTS, 'editors-day');
const SETUP_TIMEOUT = 20 * 60_000; // the admin build takes one to three minutes on two busy cores
const STEP_TIMEOUT = 3 * 60_000;
const SITE_WITHIN_MS = 15_000;

// What the seed holds (playground/seed/pokrovsk.json): the General Staff's denial and the close-up map.
const seed = PLAYGROUND_SEED;
const denialSeed = seed.claims.find((c: any) => c.key === 'general-staff-no-encirclement');
const claimantSeed = seed.actors.find((a: any) => a.key === denialSeed.claimant);
const mapSeed = seed.maps.find((m: any) => m.key === 'pokrovsk-close-up');
const DENIAL: string = denialSeed.statement;
const GENERAL_STAFF: string = claimantSeed.name;
const MAP_TITLE: string = mapSeed.title;
const PIECE_TITLE: string = seed.explainer.title;
const SLUG: string = seed.explainer.slug;

const REASON = 'Military sources cited by Hromadske say units are cut off; the denial cannot be confirmed.';
const NEW_ACTOR = '7th Rapid Response Corps';
const NEW_CLAIM = "Ukraine's 7th Rapid Response Corps said Russian infiltration groups were operating inside Pokrovsk and that the city's supply roads were under drone fire.";
const FIRST_NOTE = 'Desk (7 Nov): the General Staff repeated its denial in the morning update.';
const SECOND_NOTE = "Olena (7 Nov): Hromadske's sources were re-contacted and stand by their report.";
const NEW_AS_OF = { typed: '11/07/2025', iso: '2025-11-07', site: '7 November 2025', preview: 'November 7, 2025' };
const PUBLIC_NOTE = 'Updated 7 Nov: the General Staff denial is now disputed; adds a claim by the 7th Rapid Response Corps; close-up map as of 7 November.';
/** The note as readers see it: the page writes "Updated <date and time>:" itself, so the editor's own prefix goes. */
const SITE_NOTE = PUBLIC_NOTE.replace(/^Updated 7 Nov: /, '');
const INTERNAL_NOTE = 'Front line redrawn from the ISW map of 7 November.';

let browser: Browser;
let site: ReferenceSite;
let strapi: PlaygroundServer;
let servers: AdminJourneyServers;
let api: AdminJourneyServers['api'];
let desk: BrowserContext; // the first editor (the development admin)
let second: BrowserContext; // a second editor, with the claims desk's permissions only
let reader: BrowserContext; // a reader of the site: no admin session
let editorPage: Page;
let secondPage: Page;
let sitePage: Page;
const ids = { explainer: '', denial: '', map: '', newClaim: '' };
let siteMapBefore = '';
let denialVersion = 0;
let publishClickedAt = 0;

// Uncaught page errors and 5xx answers from Strapi fail the step they happen in.
const { watch, shot, step } = createJourney({ out: OUT, stepTimeoutMs: STEP_TIMEOUT, strapiUrl: () => strapi?.url, pages: () => ({ editor: editorPage, 'second-editor': secondPage, site: sitePage }) });

const newContext = () => browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US', timezoneId: 'UTC' });

/** A claim on the reader's page, found by its claimant line ("General Staff … (ukraine) · statement · …"). */
/** A claim card on the reader's page: its claimant's name, on that side (the card says the side in words and colour). */
const siteClaim = (page: Page, claimant: string, side: string) =>
  page.locator('.claim').filter({ has: page.locator('.claimant', { hasText: claimant }) }).filter({ has: page.locator(`.side-${side}`) });
const siteMap = (page: Page) => page.getByRole('figure', { name: MAP_TITLE });
const svgOf = (html: string) => /<svg[\s\S]*<\/svg>/.exec(html)?.[0] ?? '';

/** The claims desk's row for a statement (its "Open claim" button is named after it). */
const deskRow = (page: Page, statement: string) =>
  page.getByRole('row').filter({ has: page.getByRole('button', { name: `Open claim: ${statement}`, exact: true }) });

const notification = (page: Page, text: string | RegExp) => expectVisible(page.getByRole('status').or(page.getByRole('alert')), text, { what: `the notification "${text}"` });

beforeAll(async () => {
  servers = await startAdminJourneyServers(OUT);
  ({ site, strapi, api } = servers);
  // Setup and after-the-fact checks use the admin API; every step of the day goes through the UI.
  const explainers = await api('GET', `/content-manager/collection-types/plugin::conflict-explainer.explainer?filters[slug][$eq]=${SLUG}`);
  ids.explainer = explainers.results[0].documentId;
  const claims = await api('GET', `/conflict-explainer/claims?search=${encodeURIComponent('General Staff denied')}`);
  ids.denial = claims.data.find((c: any) => c.statement === DENIAL).documentId;

  browser = await launchChromium();
  desk = await newContext();
  reader = await newContext();
  editorPage = watch(await desk.newPage(), 'editor');
  sitePage = watch(await reader.newPage(), 'site');
}, SETUP_TIMEOUT);

afterAll(async () => {
  // Each stop runs even if another fails; nothing is left running.
  await Promise.allSettled([desk?.close(), second?.close(), reader?.close()]);
  await Promise.allSettled([browser?.close()]);
  await servers?.stop();
}, 60_000);

describe("an editor's day on the Pokrovsk explainer", () => {
  step('01 the reader sees the seeded piece on the site (revision 1, delivered at boot)', async () => {
    // The seed's first publish goes to the site through the sync worker: wait for the page to exist.
    await pollUntil(async () => (await sitePage.goto(site.articleUrl(SLUG)))?.status() === 200, 30_000, 'the site to receive revision 1');
    await expectVisible(sitePage, PIECE_TITLE);
    // Revision 1 has no update banner: the byline's date says when it was published, with the time.
    await expectVisible(sitePage, /^Published \d{1,2} \w+ \d{4} at \d{2}:\d{2} UTC$/);
    expect(await sitePage.locator('#updated').count()).toBe(0);
    await expectVisible(siteClaim(sitePage, GENERAL_STAFF, 'ukraine'), 'Unverified', { exact: true });
    await expectVisible(siteMap(sitePage), `As of ${new Date(`${mapSeed.asOf}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })}`);
    siteMapBefore = svgOf(await siteMap(sitePage).innerHTML());
    expect(siteMapBefore).toContain(`aria-label="${MAP_TITLE}"`);
    await shot(sitePage, 'site-before');
  });

  step('02 the editor logs in through the login form', async () => {
    await loginThroughForm(editorPage, `${strapi.url}/admin`, DEV_ADMIN);
    await editorPage.getByRole('navigation').getByRole('link', { name: 'Conflict explainer' }).waitFor();
    await shot(editorPage, 'logged-in');
  });

  step('03 the claims desk lists the piece’s claims with the General Staff denial unverified', async () => {
    await editorPage.getByRole('navigation').getByRole('link', { name: 'Conflict explainer' }).click();
    await editorPage.getByRole('heading', { name: 'Conflict explainer', level: 1 }).waitFor();
    await expectVisible(editorPage.getByRole('row').filter({ hasText: PIECE_TITLE }), 'Published');
    await editorPage.getByRole('link', { name: 'Claims desk' }).click();
    await editorPage.getByRole('heading', { name: 'Claims desk', level: 1 }).waitFor();
    await expectVisible(editorPage, /^12 claims · changes are compared with published revision 1$/);
    const row = deskRow(editorPage, DENIAL);
    await expectVisible(row, GENERAL_STAFF);
    await expectVisible(row, 'unverified', { exact: true });
    await shot(editorPage, 'claims-desk');
  });

  step('04 the denial becomes "disputed" with a reason, and the table shows it', async () => {
    const before = await api('GET', `/conflict-explainer/claims/${ids.denial}`);
    await editorPage.getByRole('button', { name: `Change status of: ${DENIAL}`, exact: true }).click();
    const dialog = editorPage.getByRole('dialog', { name: /Change the claim.s status/ });
    await dialog.waitFor();
    await expectVisible(dialog, DENIAL);
    await dialog.getByRole('radio', { name: 'disputed', exact: true }).check();
    await dialog.getByLabel('Reason').fill(REASON);
    await shot(editorPage, 'status-dialog');
    await dialog.getByRole('button', { name: 'Change status', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await notification(editorPage, 'Status changed to disputed.');
    const row = deskRow(editorPage, DENIAL);
    await expectVisible(row, 'disputed', { exact: true });
    await expectVisible(row, 'Changed since last publish');
    await shot(editorPage, 'status-disputed');

    const after = await api('GET', `/conflict-explainer/claims/${ids.denial}`);
    expect(after.data.claimStatus).toBe('disputed');
    expect(after.data.version).toBe(before.data.version + 1);
    expect(after.data.history.at(-1)).toMatchObject({ fromStatus: 'unverified', toStatus: 'disputed', reason: REASON, changedByName: DEV_ADMIN.name });
  });

  step('05 a new claim from a new actor is added in the desk', async () => {
    await editorPage.getByRole('button', { name: 'New claim', exact: true }).click();
    const dialog = editorPage.getByRole('dialog', { name: 'New claim' });
    await dialog.waitFor();
    await expectVisible(dialog, `Added to “${PIECE_TITLE}”.`);
    await dialog.getByLabel('Statement').fill(NEW_CLAIM);
    await dialog.getByRole('radio', { name: 'New actor' }).check();
    await dialog.getByLabel(/^Actor.s name/).fill(NEW_ACTOR);
    await dialog.getByRole('combobox', { name: 'Kind' }).click();
    await editorPage.getByRole('option', { name: 'Military unit', exact: true }).click();
    await dialog.getByRole('combobox', { name: 'Side' }).click();
    await editorPage.getByRole('option', { name: 'Ukraine', exact: true }).click();
    await dialog.getByLabel('Affiliation').fill('Armed Forces of Ukraine');
    await dialog.getByRole('combobox', { name: 'Medium' }).click();
    await editorPage.getByRole('option', { name: 'Social post', exact: true }).click();
    await dialog.getByLabel('Source URL').fill('https://t.me/ukr_rapid_response_corps');
    await shot(editorPage, 'new-claim-dialog');
    await dialog.getByRole('button', { name: 'Add claim' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await notification(editorPage, 'Claim added.');
    const row = deskRow(editorPage, NEW_CLAIM);
    await expectVisible(row, NEW_ACTOR);
    await expectVisible(row, 'unverified', { exact: true });
    await expectVisible(editorPage, /^13 claims · /);
    await shot(editorPage, 'new-claim-added');

    const actors = await api('GET', '/conflict-explainer/actors');
    expect(actors.data.find((a: any) => a.name === NEW_ACTOR)).toMatchObject({ kind: 'military-unit', side: 'ukraine', affiliation: 'Armed Forces of Ukraine' });
    const found = await api('GET', `/conflict-explainer/claims?search=${encodeURIComponent('7th Rapid Response Corps')}`);
    const created = found.data.find((c: any) => c.statement === NEW_CLAIM);
    expect(created).toMatchObject({ claimStatus: 'unverified', medium: 'social-post', claimant: { name: NEW_ACTOR } });
    ids.newClaim = created.documentId;
  });

  step('06 a second editor saves the same claim after the first: the conflict is shown and their text kept', async () => {
    const olena = await createEditor(strapi.url, servers.adminToken, {
      firstname: 'Olena',
      lastname: 'Kovalenko',
      email: 'olena.kovalenko@example.com',
      password: 'Second-Editor-2',
      roleName: 'Claims desk editor',
      actions: ['claims.read', 'claims.edit', 'claims.change-status'].map((a) => `plugin::conflict-explainer.${a}`),
    });
    second = await newContext();
    secondPage = watch(await second.newPage(), 'second editor');
    await loginThroughForm(secondPage, `${strapi.url}/admin`, olena);
    // Without "read revisions" the plugin's menu lands on the claims desk.
    await secondPage.getByRole('navigation').getByRole('link', { name: 'Conflict explainer' }).click();
    await secondPage.getByRole('heading', { name: 'Claims desk', level: 1 }).waitFor();

    // The second editor opens the claim and starts typing an internal note.
    await secondPage.getByRole('button', { name: `Open claim: ${DENIAL}`, exact: true }).click();
    const theirPanel = secondPage.getByRole('dialog', { name: 'Claim' });
    await theirPanel.getByRole('button', { name: 'Edit', exact: true }).click();
    const theirNote = theirPanel.getByLabel('Internal note');
    const seededNote: string = denialSeed.internalNote;
    await expectValue(theirNote, seededNote);
    await theirNote.fill(`${seededNote}\n${SECOND_NOTE}`);

    // Meanwhile the first editor edits the same claim and saves first.
    await editorPage.getByRole('button', { name: `Open claim: ${DENIAL}`, exact: true }).click();
    const myPanel = editorPage.getByRole('dialog', { name: 'Claim' });
    await myPanel.getByRole('button', { name: 'Edit', exact: true }).click();
    const myNote = myPanel.getByLabel('Internal note');
    await expectValue(myNote, seededNote);
    await myNote.fill(`${seededNote}\n${FIRST_NOTE}`);
    await myPanel.getByRole('button', { name: 'Save', exact: true }).click();
    await notification(editorPage, 'Claim saved.');
    await myPanel.getByRole('button', { name: 'Edit', exact: true }).waitFor();
    const saved = await api('GET', `/conflict-explainer/claims/${ids.denial}`);
    expect(saved.data.internalNote).toContain(FIRST_NOTE);
    await shot(editorPage, 'first-editor-saved');

    // The second editor saves: 409, and the notice shows both versions; nothing they typed is lost.
    const stale = secondPage.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(`/conflict-explainer/claims/${ids.denial}`));
    await theirPanel.getByRole('button', { name: 'Save', exact: true }).click();
    expect((await stale).status()).toBe(409);
    const conflict = theirPanel.getByRole('region', { name: 'Someone else changed this claim' });
    await conflict.waitFor();
    await expectVisible(conflict, `${DEV_ADMIN.name} saved it after you opened it (your version ${saved.data.version - 1}, now version ${saved.data.version}).`);
    const noteRow = conflict.getByRole('row').filter({ hasText: 'Internal note' });
    await expectVisible(noteRow, FIRST_NOTE, { what: 'the first editor’s note in "Saved now by …"' });
    await expectVisible(noteRow, SECOND_NOTE, { what: 'the second editor’s note in "Your unsaved change"' });
    expect(await theirNote.inputValue()).toBe(`${seededNote}\n${SECOND_NOTE}`);
    await shot(secondPage, 'second-editor-conflict', { full: false });
    expect((await api('GET', `/conflict-explainer/claims/${ids.denial}`)).data.internalNote).not.toContain(SECOND_NOTE);

    // They reapply their change on top of the current version.
    await conflict.getByRole('button', { name: 'Reapply my change' }).click();
    await notification(secondPage, 'Claim saved.');
    await theirPanel.getByRole('button', { name: 'Edit', exact: true }).waitFor();
    const reapplied = await api('GET', `/conflict-explainer/claims/${ids.denial}`);
    expect(reapplied.data).toMatchObject({ version: saved.data.version + 1, lastEditedBy: olena.name, claimStatus: 'disputed' });
    expect(reapplied.data.internalNote).toContain(SECOND_NOTE);
    denialVersion = reapplied.data.version;
    await shot(secondPage, 'second-editor-reapplied', { full: false });

    for (const page of [editorPage, secondPage]) {
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
    }
  });

  step('07 the close-up map gets a new as-of date and a moved front line in the Content Manager', async () => {
    await editorPage.getByRole('navigation').getByRole('link', { name: 'Content Manager' }).click();
    await editorPage.getByRole('navigation', { name: 'Content Manager' }).getByRole('link', { name: 'Explainer map', exact: true }).click();
    await editorPage.getByRole('row').filter({ hasText: MAP_TITLE }).getByText(MAP_TITLE, { exact: true }).click();
    await editorPage.getByRole('heading', { name: MAP_TITLE, level: 1 }).waitFor();
    ids.map = decodeURIComponent(new URL(editorPage.url()).pathname.split('/').pop() ?? '');
    const geojsonBox = editorPage.getByRole('textbox', { name: 'GeoJSON text' });
    await expectVisible(editorPage, /The server accepts this map \(\d+ features\)\./);

    // The date picker takes typed text when the field loses focus (Enter only while its calendar is
    // open), as when the editor tabs on; the preview, fed by the form, then shows the new date.
    const asOf = editorPage.getByLabel(/^As of/);
    await asOf.fill(NEW_AS_OF.typed);
    await asOf.blur();
    await expectVisible(editorPage, `${mapSeed.sourceLine} · As of ${NEW_AS_OF.preview}`, { what: 'the preview with the new as-of date' });
    // The front line moves about 1.3 km north: the editor pastes the new collection over the old one.
    const geojson = JSON.parse(await geojsonBox.inputValue());
    const front = geojson.features.find((f: any) => f.properties.type === 'front-line');
    const frontBefore = JSON.stringify(front.geometry.coordinates);
    front.geometry.coordinates = front.geometry.coordinates.map(([lon, lat]: [number, number]) => [lon, Math.round((lat + 0.012) * 1000) / 1000]);
    await geojsonBox.fill(JSON.stringify(geojson, null, 2));
    await expectVisible(editorPage, `The server accepts this map (${geojson.features.length} features).`);
    await expectVisible(editorPage, `${mapSeed.sourceLine} · As of ${NEW_AS_OF.preview}`, { what: 'the preview with the new as-of date' });
    await shot(editorPage, 'map-edited');
    await editorPage.getByRole('button', { name: 'Save', exact: true }).click();
    await notification(editorPage, 'Saved document');
    await shot(editorPage, 'map-saved');

    const saved = await api('GET', `/content-manager/collection-types/plugin::conflict-explainer.map/${ids.map}`);
    expect(saved.data.asOf).toBe(NEW_AS_OF.iso);
    const savedFront = saved.data.geojson.features.find((f: any) => f.properties.type === 'front-line');
    expect(JSON.stringify(savedFront.geometry.coordinates)).not.toBe(frontBefore);
    expect(savedFront.geometry.coordinates).toEqual(front.geometry.coordinates);
  });

  step('08 the editor publishes an update with a public note: Strapi’s Publish opens the plugin’s dialog', async () => {
    await editorPage.getByRole('navigation', { name: 'Content Manager' }).getByRole('link', { name: 'Explainer article', exact: true }).click();
    await editorPage.getByRole('row').filter({ hasText: PIECE_TITLE }).getByText(PIECE_TITLE, { exact: true }).click();
    await editorPage.waitForURL((url) => url.pathname.endsWith(`/${ids.explainer}`));
    // The panel says what publishing would change: the status, the new claim, the map.
    await expectVisible(editorPage, 'Unpublished changes', { timeout: 45_000 });
    await expectVisible(editorPage, 'Changes since revision 1:');
    await expectVisible(editorPage, `${DENIAL} unverified → disputed`);
    await expectVisible(editorPage, NEW_CLAIM);
    await expectVisible(editorPage, `${MAP_TITLE}, as of ${NEW_AS_OF.iso}`);
    await shot(editorPage, 'explainer-pending-changes', { full: false });

    // One way to publish: Strapi's "Publish" opens the plugin's dialog.
    await editorPage.getByRole('button', { name: 'Publish', exact: true }).click();
    const dialog = editorPage.getByRole('dialog', { name: 'Publish an update' });
    await dialog.waitFor();
    await dialog.getByRole('radio', { name: /^Update/ }).check();
    await dialog.getByLabel('Public note').fill(PUBLIC_NOTE);
    await dialog.getByLabel('Internal note').fill(INTERNAL_NOTE);
    await shot(editorPage, 'publish-dialog');
    publishClickedAt = Date.now();
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await notification(editorPage, 'Revision 2 published.');
    await expectVisible(editorPage, 'Revision 2', { exact: true });
    await expectVisible(editorPage, `“${PUBLIC_NOTE}”`);
    await expectVisible(editorPage, 'The draft matches revision 2.');
    await shot(editorPage, 'published-revision-2', { full: false });
  });

  step(`09 within ${SITE_WITHIN_MS / 1000} s the site shows the note, the disputed status and the new map`, async () => {
    const waited = await pollUntil(
      async () => {
        await sitePage.reload();
        return (await sitePage.getByText(SITE_NOTE).count()) > 0;
      },
      SITE_WITHIN_MS - (Date.now() - publishClickedAt),
      'the update note on the reader’s page'
    );
    console.log(`the site showed revision 2 ${Date.now() - publishClickedAt} ms after "Publish" was clicked (${waited} ms of polling)`);
    await expectVisible(sitePage, new RegExp(`^Updated .+: ${SITE_NOTE.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    const denial = siteClaim(sitePage, GENERAL_STAFF, 'ukraine');
    await expectVisible(denial, DENIAL);
    await expectVisible(denial, 'Disputed', { exact: true });
    await expectVisible(siteMap(sitePage), `${mapSeed.sourceLine} · As of ${NEW_AS_OF.site}`);
    const mapAfter = svgOf(await siteMap(sitePage).innerHTML());
    expect(mapAfter).toContain(`aria-label="${MAP_TITLE}"`);
    expect(mapAfter).not.toBe(siteMapBefore); // the moved front line is drawn
    const changelog = sitePage.locator('#changelog');
    await expectVisible(changelog, 'Every change to this page', { exact: true });
    const entries = changelog.getByRole('listitem');
    expect(await entries.count()).toBe(2);
    await expectVisible(entries.first(), SITE_NOTE);
    await shot(sitePage, 'site-after-publish');
  });

  step('10 the revisions page compares revision 1 and 2: the status change, the new claim, the map and the note', async () => {
    await editorPage.getByRole('link', { name: 'All revisions' }).click();
    await editorPage.getByRole('heading', { name: 'Revisions', level: 1 }).waitFor();
    await expectVisible(editorPage, `${PIECE_TITLE} · 2 revisions`);
    const rows = editorPage.getByRole('row');
    const second = rows.filter({ has: editorPage.getByRole('button', { name: 'View revision 2' }) });
    await expectVisible(second, PUBLIC_NOTE);
    await expectVisible(second, INTERNAL_NOTE);
    await expectVisible(second, DEV_ADMIN.name);
    await expectVisible(rows.filter({ has: editorPage.getByRole('button', { name: 'View revision 1' }) }), 'First published');

    await editorPage.getByRole('button', { name: 'Compare revision 2 with the one before' }).click();
    await editorPage.getByRole('tab', { name: 'Compare', selected: true }).waitFor();
    await expectVisible(editorPage.getByRole('combobox', { name: 'From revision' }), 'Revision 1');
    await expectVisible(editorPage.getByRole('combobox', { name: 'To revision' }), 'Revision 2');
    await editorPage.getByRole('heading', { name: 'From revision 1 to revision 2' }).waitFor();
    const statuses = editorPage.getByRole('region', { name: 'Claim status changes' });
    await expectVisible(statuses, DENIAL);
    await expectVisible(statuses, 'unverified', { exact: true });
    await expectVisible(statuses, 'disputed', { exact: true });
    await expectVisible(editorPage.getByRole('region', { name: 'Claims added' }), NEW_CLAIM);
    await expectVisible(editorPage.getByRole('region', { name: 'Maps updated' }), `as of ${mapSeed.asOf} → as of ${NEW_AS_OF.iso}`);
    await shot(editorPage, 'compare-1-2');

    const comparison = await api('GET', `/conflict-explainer/explainers/${ids.explainer}/revisions/compare?from=1&to=2`);
    expect(comparison.data.summary.claimsStatusChanged).toEqual([expect.objectContaining({ id: ids.denial, from: 'unverified', to: 'disputed' })]);
  });

  step('11 the restore dialog lists what revision 1 cannot bring back; restored as the draft, the site keeps showing revision 2', async () => {
    // Claims and maps are shared and live: the server says which of revision 1's differ now.
    const preview = await api('GET', `/conflict-explainer/explainers/${ids.explainer}/revisions/1/restore-preview`);
    expect(preview.data.notRestored).toEqual([
      expect.objectContaining({ kind: 'claim', documentId: ids.denial, then: 'unverified', now: 'disputed', changed: ['status'], deleted: false }),
      expect.objectContaining({ kind: 'map', documentId: ids.map, title: MAP_TITLE, thenAsOf: mapSeed.asOf, nowAsOf: NEW_AS_OF.iso, changed: ['asOf', 'geojson'] }),
    ]);

    await editorPage.getByRole('button', { name: 'Restore revision 1 as draft' }).click();
    const confirm = editorPage.getByRole('alertdialog', { name: 'Restore as draft' });
    await confirm.waitFor();
    await expectVisible(confirm, 'The draft of this explainer gets revision 1’s text, blocks and list of claims, replacing the current draft. Nothing is published until you publish an update.');
    // Before the confirm button, the dialog lists the disputed denial and the redrawn close-up map.
    const notRestored = confirm.getByRole('region', { name: 'Claims and maps are shared and live. Restoring brings back this revision’s text, blocks and list of claims, but not:' });
    await notRestored.waitFor();
    const lines = (await notRestored.getByRole('listitem').allInnerTexts()).map((line) => line.replace(/\s+/g, ' ').trim());
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
    expect(lines).toHaveLength(2);
    const denialStart = DENIAL.slice(0, 60).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    expect(lines[0]).toMatch(new RegExp(`^Claim “${denialStart}[^”]*”: unverified in revision 1, disputed now — change it in the Claims desk$`));
    expect(lines[1]).toBe(`Map “${MAP_TITLE}”: as of ${day(mapSeed.asOf)} in revision 1, as of ${day(NEW_AS_OF.iso)} now (and redrawn) — map versions are on the map’s page`);
    const deskLink = notRestored.getByRole('link', { name: 'Claims desk' });
    expect(new URL(await deskLink.getAttribute('href') ?? '', strapi.url).searchParams.get('claim')).toBe(ids.denial);
    const restoreButton = confirm.getByRole('button', { name: 'Restore as draft' });
    const [listBox, buttonBox] = [await notRestored.boundingBox(), await restoreButton.boundingBox()];
    expect(listBox!.y + listBox!.height).toBeLessThanOrEqual(buttonBox!.y); // read before confirming
    await shot(editorPage, 'restore-dialog', { full: false });
    await restoreButton.click();
    await confirm.waitFor({ state: 'hidden' });
    await notification(editorPage, 'Revision 1 is now the draft. Publish it to make it live.');
    await expectVisible(editorPage, `${DEV_ADMIN.name} restored revision 1 as the draft`);
    await expectVisible(editorPage, `${PIECE_TITLE} · 2 revisions`, { what: 'no new revision (nothing was published)' });
    await shot(editorPage, 'restored-revisions-page');

    // The edit view's panel: the draft is revision 1 again, so against revision 2 it drops the new claim.
    await editorPage.getByRole('link', { name: 'Open in Content Manager' }).click();
    await expectVisible(editorPage, 'Unpublished changes', { timeout: 60_000 });
    await expectVisible(editorPage, `The draft was restored from revision 1 by ${DEV_ADMIN.name}.`);
    await expectVisible(editorPage, /^Claims removed$/i);
    await expectVisible(editorPage, NEW_CLAIM);
    // The form beside it is the restored draft, not the copy the Content Manager cached before the
    // restore (the plugin invalidates it): the document is "Modified" against what is published.
    await expectVisible(editorPage.getByRole('main'), 'Modified', { exact: true, what: 'the Content Manager status "Modified"' });
    await shot(editorPage, 'restored-draft-panel', { full: false });

    // The draft's content is revision 1's: its claims are revision 1's claims (not the new one).
    const revision1 = await api('GET', `/conflict-explainer/explainers/${ids.explainer}/revisions/1`);
    const draftClaims = await api('GET', `/content-manager/relations/plugin::conflict-explainer.explainer/${ids.explainer}/claims?status=draft&pageSize=100`);
    const draftIds = draftClaims.results.map((c: any) => c.documentId).sort();
    expect(draftIds).toEqual(revision1.data.snapshot.content.claims.map((c: any) => c.id).sort());
    expect(draftIds).not.toContain(ids.newClaim);
    const status = await api('GET', `/conflict-explainer/explainers/${ids.explainer}/revision-status`);
    expect(status.data).toMatchObject({ latest: { number: 2 }, hasPendingChanges: true, pendingChanges: { claimsRemoved: [NEW_CLAIM] } });

    // Readers still get revision 2: the public API and the site page.
    const publicRead = await fetch(`${strapi.url}/api/conflict-explainer/explainers/${SLUG}`).then((r) => r.json() as Promise<any>);
    expect(publicRead.revision).toMatchObject({ number: 2, note: PUBLIC_NOTE });
    await sitePage.reload();
    await expectVisible(sitePage, SITE_NOTE);
    await expectVisible(siteClaim(sitePage, GENERAL_STAFF, 'ukraine'), 'Disputed', { exact: true });
    await expectVisible(siteMap(sitePage), `As of ${NEW_AS_OF.site}`);
    await shot(sitePage, 'site-after-restore');
    expect((await api('GET', `/conflict-explainer/claims/${ids.denial}`)).data.version).toBe(denialVersion);
  });
});

