/**
 * A field photo in the real admin (built by `strapi build`, served by `strapi start`, both started
 * here), driven through Debian's Chromium: the credit field's wiring into the Content Manager's form.
 *
 *   log in → a JPEG with an XMP credit, creator and copyright notice and the camera's GPS position
 *   near Pokrovsk is uploaded to the media library → in the Pokrovsk explainer's edit view the hero
 *   image's credit, creator and copyright are cleared, the hero image is removed and the photo picked
 *   in the media field's asset dialog → the three fields are prefilled from the file, with the hint
 *   and the location warning → "Save", then "Publish" is refused naming the file → "Strip location":
 *   the file on disk loses its position, the decision is recorded, and "Publish" goes through.
 *
 * The steps are ordered `it`s sharing one browser session; a failed step is named in the report and
 * the later ones say which step they depended on. Screenshots of every step go to
 * test-results/credited-image/NN-step.png (logs of the servers and the admin build beside them).
 */
import exifr from 'exifr';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import sharp from 'sharp';
import { expectValue, expectVisible, loginThroughForm, pollUntil } from '../helpers/admin-ui';
import { ARTIFACTS, launchChromium } from '../helpers/browser';
import { createJourney } from '../helpers/journey';
import { UPLOADS_DIR } from '../helpers/uploads';
import {
  DEV_ADMIN,
  PLAYGROUND_DIR,
  PLAYGROUND_SEED,
  startAdminJourneyServers,
  type AdminJourneyServers,
  type PlaygroundServer,
} from '../helpers/playground-server';

const OUT = path.join(ARTIFACTS, 'credited-image');
const SETUP_TIMEOUT = 20 * 60_000; // the admin build takes one to three minutes on two busy cores
const STEP_TIMEOUT = 3 * 60_000;

const seed = PLAYGROUND_SEED;
const heroSeed = seed.images.find((image: any) => image.key === seed.explainer.heroImage);
const PIECE_TITLE: string = seed.explainer.title;
const SLUG: string = seed.explainer.slug;

// What the photographer's camera and the agency's desk wrote into the file.
const PHOTO = {
  fileName: 'pokrovsk-field-photo.jpg',
  credit: 'Anatolii Stepanov/AFP',
  creator: 'Anatolii Stepanov',
  copyright: '© AFP 2025',
  // 48°16'48" N, 37°10'48" E: on the edge of Pokrovsk.
  latitude: 48.28,
  longitude: 37.18,
};
const REFUSAL = `image “${PHOTO.fileName}” records where it was taken: keep or strip the location`;
const WARNING = `This photo records where it was taken (${PHOTO.latitude.toFixed(2)}, ${PHOTO.longitude.toFixed(2)}).`;
const STRIPPED = 'Location stripped: the file no longer records where the photo was taken.';
const PREFILLED = 'Prefilled from the file’s metadata: credit, creator, and copyright holder.';

let browser: Browser;
let strapi: PlaygroundServer;
let servers: AdminJourneyServers;
let adminToken = '';
let api: AdminJourneyServers['api'];
let desk: BrowserContext;
let editorPage: Page;
const ids = { explainer: '', photo: 0 };
let photoOnDisk = '';

// Uncaught page errors and 5xx answers from Strapi fail the step they happen in.
const { watch, shot, step } = createJourney({ out: OUT, stepTimeoutMs: STEP_TIMEOUT, strapiUrl: () => strapi?.url, pages: () => ({ editor: editorPage }) });

/** A photo from the field: IPTC Core (XMP) credit, creator and rights, and the camera's GPS position. */
const fieldPhoto = async () => {
  const xmp =
    '<?xpacket begin="" id="W5M0MpCehiHzreSzNTczkc9d"?><x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
    `<rdf:Description rdf:about="" xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/" photoshop:Credit="${PHOTO.credit}">` +
    `<dc:creator><rdf:Seq><rdf:li>${PHOTO.creator}</rdf:li></rdf:Seq></dc:creator>` +
    `<dc:rights><rdf:Alt><rdf:li xml:lang="x-default">${PHOTO.copyright}</rdf:li></rdf:Alt></dc:rights>` +
    '</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end="w"?>';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="960" height="540">
    <rect width="960" height="540" fill="rgb(88,96,84)"/><rect y="360" width="960" height="180" fill="rgb(70,64,56)"/>
    <text x="48" y="260" font-family="sans-serif" font-size="44" fill="#fff">Field photo near Pokrovsk (test)</text>
    <text x="48" y="500" font-family="sans-serif" font-size="26" fill="#ddd">${PHOTO.credit} · GPS 48.28 N, 37.18 E</text>
  </svg>`;
  return sharp(Buffer.from(svg))
    .jpeg({ quality: 80 })
    .withXmp(xmp)
    .withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 16/1 48/1', GPSLongitudeRef: 'E', GPSLongitude: '37/1 10/1 48/1' } })
    .toBuffer();
};

/** The position the file at `file` records, read with the same EXIF reader the plugin uses. */
const gpsOf = async (file: string) => {
  const tags = await exifr.gps(fs.readFileSync(file)).catch(() => undefined);
  return tags && typeof tags.latitude === 'number' ? { latitude: tags.latitude, longitude: tags.longitude } : null;
};

/** Every file this run's Strapi stored (this test's photo and the seed's placeholders), with their formats. */
const notification = (page: Page, text: string | RegExp) => expectVisible(page.getByRole('status').or(page.getByRole('alert')), text, { what: `the notification "${text}"` });

/** The hero image's component in the edit view: the innermost block holding its credit and its media field. */
const heroComponent = (page: Page): Locator =>
  page
    .locator('div')
    .filter({ has: page.locator('input[name="heroImage.credit"]') })
    .filter({ has: page.getByRole('region', { name: 'Image' }) })
    .last();
const heroInput = (page: Page, field: 'credit' | 'creator' | 'copyrightHolder') => page.locator(`input[name="heroImage.${field}"]`);

beforeAll(async () => {
  servers = await startAdminJourneyServers(OUT);
  ({ strapi, api, adminToken } = servers);
  const explainers = await api('GET', `/content-manager/collection-types/plugin::conflict-explainer.explainer?filters[slug][$eq]=${SLUG}`);
  ids.explainer = explainers.results[0].documentId;

  browser = await launchChromium();
  desk = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US', timezoneId: 'UTC' });
  editorPage = watch(await desk.newPage(), 'editor');
}, SETUP_TIMEOUT);

afterAll(async () => {
  // Each stop runs even if another fails; nothing is left running (the servers' stop removes the uploads).
  await Promise.allSettled([desk?.close()]);
  await Promise.allSettled([browser?.close()]);
  await servers?.stop();
}, 60_000);

describe('a field photo picked for the hero image of the Pokrovsk explainer', () => {
  step('01 the editor logs in through the login form', async () => {
    await loginThroughForm(editorPage, `${strapi.url}/admin`, DEV_ADMIN);
    await editorPage.getByRole('navigation').getByRole('link', { name: 'Content Manager' }).waitFor();
    await shot(editorPage, 'logged-in');
  });

  step('02 the field photo, with its credit and GPS position, is uploaded to the media library', async () => {
    // As a newsroom that keeps its originals: no re-encoding, so the stored file says what the camera wrote.
    await api('PUT', '/upload/settings', { sizeOptimization: false, responsiveDimensions: false, autoOrientation: false, aiMetadata: false });
    const form = new FormData();
    form.append('files', new Blob([await fieldPhoto()], { type: 'image/jpeg' }), PHOTO.fileName);
    const res = await fetch(`${strapi.url}/upload`, { method: 'POST', headers: { Authorization: `Bearer ${adminToken}` }, body: form });
    expect(res.status).toBe(201);
    const [file] = (await res.json()) as any[];
    ids.photo = file.id;
    photoOnDisk = path.join(PLAYGROUND_DIR, 'public', file.url);
    expect(path.dirname(photoOnDisk)).toBe(UPLOADS_DIR);
    expect(await gpsOf(photoOnDisk)).toEqual({ latitude: expect.closeTo(PHOTO.latitude, 2), longitude: expect.closeTo(PHOTO.longitude, 2) });
    const metadata = await api('GET', `/conflict-explainer/media/${ids.photo}/metadata`);
    expect(metadata.data).toMatchObject({ credit: PHOTO.credit, creator: PHOTO.creator, copyrightHolder: PHOTO.copyright, locationDecision: 'pending' });

    // The editor sees it in the media library.
    await editorPage.getByRole('navigation').getByRole('link', { name: 'Media Library' }).click();
    await expectVisible(editorPage.getByRole('main'), PHOTO.fileName);
    await shot(editorPage, 'media-library');
  });

  step('03 in the explainer’s edit view, the hero image’s credit fields are cleared and the photo is picked in the asset dialog', async () => {
    await editorPage.getByRole('navigation').getByRole('link', { name: 'Content Manager' }).click();
    await editorPage.getByRole('navigation', { name: 'Content Manager' }).getByRole('link', { name: 'Explainer article', exact: true }).click();
    await editorPage.getByRole('row').filter({ hasText: PIECE_TITLE }).getByText(PIECE_TITLE, { exact: true }).click();
    await editorPage.getByRole('heading', { name: PIECE_TITLE, level: 1 }).waitFor({ timeout: 60_000 });
    const hero = heroComponent(editorPage);
    await expectValue(heroInput(editorPage, 'credit'), heroSeed.credit);
    await expectValue(heroInput(editorPage, 'creator'), heroSeed.creator);
    await expectValue(heroInput(editorPage, 'copyrightHolder'), heroSeed.copyrightHolder);
    await heroInput(editorPage, 'credit').scrollIntoViewIfNeeded();
    await shot(editorPage, 'edit-view-seeded-hero', { full: false });

    for (const field of ['credit', 'creator', 'copyrightHolder'] as const) {
      await heroInput(editorPage, field).fill('');
      await expectValue(heroInput(editorPage, field), '');
    }
    // The seeded placeholder goes: the media field's "Delete" takes it off the component (not the library).
    const carousel = hero.getByRole('region', { name: 'Image' });
    await carousel.getByRole('button', { name: 'Delete', exact: true }).click();
    const addAsset = carousel.getByRole('button', { name: /Click to add an asset/ });
    await addAsset.waitFor();
    await shot(editorPage, 'hero-cleared', { full: false });

    await addAsset.click();
    const dialog = editorPage.getByRole('dialog', { name: 'Add new assets' });
    await dialog.waitFor();
    const card = dialog.getByRole('button').filter({ hasText: PHOTO.fileName });
    await card.getByRole('checkbox').check();
    await shot(editorPage, 'asset-dialog-selected');
    await dialog.getByRole('button', { name: 'Finish', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    // The media field now shows the photo (its preview is named after the file).
    await carousel.getByRole('img', { name: PHOTO.fileName }).waitFor();
  });

  step('04 the credit, creator and copyright are prefilled from the file, with the hint and the location warning', async () => {
    const hero = heroComponent(editorPage);
    await expectVisible(hero, PREFILLED);
    await expectValue(heroInput(editorPage, 'credit'), PHOTO.credit);
    await expectValue(heroInput(editorPage, 'creator'), PHOTO.creator);
    await expectValue(heroInput(editorPage, 'copyrightHolder'), PHOTO.copyright);
    const warning = hero.getByRole('alert').filter({ hasText: WARNING });
    await warning.waitFor();
    await expect(warning.getByRole('button', { name: 'Strip location' }).isEnabled()).resolves.toBe(true);
    await expect(warning.getByRole('button', { name: 'Keep location' }).isEnabled()).resolves.toBe(true);
    await warning.scrollIntoViewIfNeeded();
    await shot(editorPage, 'prefilled-with-warning', { full: false });
  });

  /** Strapi's "Publish" in the edit view opens the plugin's dialog (kind of revision and notes). */
  const openPublishDialog = async () => {
    await editorPage.getByRole('button', { name: 'Publish', exact: true }).click();
    const dialog = editorPage.getByRole('dialog', { name: 'Publish an update' });
    await dialog.waitFor();
    return dialog;
  };

  step('05 "Save" keeps the draft; "Publish" (its dialog) is refused, naming the photo', async () => {
    await editorPage.getByRole('button', { name: 'Save', exact: true }).click();
    await notification(editorPage, 'Saved document');
    const draft = await api('GET', `/content-manager/collection-types/plugin::conflict-explainer.explainer/${ids.explainer}`);
    expect(draft.data.heroImage).toMatchObject({ credit: PHOTO.credit, creator: PHOTO.creator, copyrightHolder: PHOTO.copyright, image: { id: ids.photo } });
    const revisionsBefore = await api('GET', `/conflict-explainer/explainers/${ids.explainer}/revision-status`);
    expect(revisionsBefore.data.latest.number).toBe(1);

    // Strapi's "Publish" opens the plugin's dialog; the saved draft is published through the plugin's route.
    const refused = editorPage.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes(`/conflict-explainer/explainers/${ids.explainer}/publish`));
    const dialog = await openPublishDialog();
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    expect((await refused).status()).toBe(400);
    // The dialog stays open and names the photo and what to do.
    await expectVisible(dialog.getByRole('alert'), REFUSAL, { what: 'the refusal inside the publish dialog' });
    await shot(editorPage, 'publish-refused', { full: false });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const after = await api('GET', `/conflict-explainer/explainers/${ids.explainer}/revision-status`);
    expect(after.data.latest.number).toBe(1);
  });

  step('06 "Strip location" removes the position from the file; then "Publish" goes through', async () => {
    const hero = heroComponent(editorPage);
    await hero.getByRole('alert').filter({ hasText: WARNING }).getByRole('button', { name: 'Strip location' }).click();
    await expectVisible(hero, STRIPPED);
    // The refusal under the media field is answered, so it goes (it would otherwise stay until the next publish).
    await pollUntil(async () => (await hero.getByText(REFUSAL, { exact: true }).count()) === 0, 10_000, 'the answered refusal to leave the image field');
    await expect(hero.getByText(WARNING).count()).resolves.toBe(0);
    await expect(hero.getByRole('button', { name: 'Strip location' }).count()).resolves.toBe(0);
    await hero.getByText(STRIPPED).scrollIntoViewIfNeeded();
    await shot(editorPage, 'location-stripped', { full: false });

    const metadata = await api('GET', `/conflict-explainer/media/${ids.photo}/metadata`);
    expect(metadata.data).toMatchObject({ gps: null, locationDecision: 'stripped', locationDecidedBy: DEV_ADMIN.name, credit: PHOTO.credit });
    expect(await gpsOf(photoOnDisk)).toBeNull();

    const published = editorPage.waitForResponse((r) => r.request().method() === 'POST' && r.url().includes(`/conflict-explainer/explainers/${ids.explainer}/publish`));
    const dialog = await openPublishDialog();
    await dialog.getByRole('button', { name: 'Publish', exact: true }).click();
    expect((await published).status()).toBe(200);
    await dialog.waitFor({ state: 'hidden' });
    await notification(editorPage, 'Revision 2 published.');
    await expectVisible(editorPage.getByRole('main'), 'Published', { exact: true, what: 'the Content Manager status "Published"' });
    // The plugin's revisions panel beside the form: that publish is revision 2.
    await expectVisible(editorPage, 'Revision 2', { exact: true, timeout: 15_000 });
    await expectVisible(editorPage, 'The draft matches revision 2.', { timeout: 15_000 });
    await shot(editorPage, 'published', { full: false });

    // The publish is revision 2, and it carries the photo's credit.
    const status = await api('GET', `/conflict-explainer/explainers/${ids.explainer}/revision-status`);
    expect(status.data.latest.number).toBe(2);
    const revision = await api('GET', `/conflict-explainer/explainers/${ids.explainer}/revisions/2`);
    expect(revision.data.snapshot.content.heroImage).toMatchObject({ credit: PHOTO.credit });
  });
});
