import fs from 'node:fs';
import path from 'node:path';
import { bearer, type AdminSession } from '../helpers/admin';
import { EXPLAINER } from '../helpers/explainer';
import { eventually, type RunningSite } from '../helpers/site';
import type { TestApp } from '../helpers/strapi';
import { addSiteTarget, startSyncedApp, type SyncedApp } from '../helpers/synced-app';

/**
 * Every edition reaches the site (issue 12, part 6): each (explainer, locale) is its own delivery
 * stream, and the reference site serves /explainers/<slug> (English) and /<locale>/explainers/<slug>.
 */
const SYNC = '/conflict-explainer/sync';
const SLUG = 'vuhledar';
const TITLES: Record<string, string> = { en: 'Why Vuhledar mattered', uk: 'Чому Вугледар мав значення', ru: 'Почему Угледар имел значение' };

let app: TestApp;
let admin: AdminSession;
let site: RunningSite;
let synced: SyncedApp | undefined;
let targetId: number;
let documentId: string;

beforeAll(async () => {
  // The playground's uk and ru locales exist; this explainer is published only once the site is a target.
  synced = await startSyncedApp({ retryBaseMs: 50, retryMaxMs: 200, pollMs: 100 }, { editions: true });
  ({ app, admin, site } = synced);
  targetId = await addSiteTarget(synced);
});
afterAll(async () => {
  await synced?.stop();
});

const documents = () => app.strapi.documents(EXPLAINER as any) as any;
const publishEdition = (locale: string, standfirst: string) =>
  documents().update({ documentId, locale, data: { title: TITLES[locale], standfirst, situationStatus: 'settled' }, status: 'published' });
const pagePath = (locale: string) => (locale === 'en' ? `/explainers/${SLUG}` : `/${locale}/explainers/${SLUG}`);
const page = async (locale: string) => {
  const res = await fetch(`${site.url}${pagePath(locale)}`);
  return { status: res.status, text: await res.text() };
};
const deliveries = async () => (await app.http().get(`${SYNC}/deliveries?pageSize=100`).set(bearer(admin))).body.data as any[];
const allDelivered = () => eventually(async () => (await deliveries()).every((d) => d.state === 'delivered'), 15000, 'every delivery delivered');
const receivedIn = (locale: string) => site.received.filter((r) => r.documentId === documentId && r.locale === locale && r.type === 'explainer.revision.published');
const held = (locale: string) => site.load(SLUG, locale);
const ukrainianDate = (iso: string) => new Intl.DateTimeFormat('uk-UA', { timeZone: 'Europe/Kyiv', day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));

describe('every edition is delivered and served', () => {
  it('en r1, uk r1, ru r1: the site holds three editions and serves /uk/… in Ukrainian with hreflang alternates for all three', async () => {
    documentId = (await documents().create({ data: { title: TITLES.en, slug: SLUG, situationStatus: 'settled', standfirst: 'English first.' }, status: 'published' })).documentId;
    await publishEdition('uk', 'Українське видання.');
    await publishEdition('ru', 'Русское издание.');
    await allDelivered();
    for (const locale of ['en', 'uk', 'ru']) expect(held(locale)).toMatchObject({ locale, content: { documentId, title: TITLES[locale] }, revision: { number: 1 } });
    // Each delivery named its edition.
    const bodies = site.rawBodies.map((body) => JSON.parse(body)).filter((body) => body.explainer?.documentId === documentId);
    expect(bodies.map((body) => body.explainer.locale).sort()).toEqual(['en', 'ru', 'uk']);
    expect((await deliveries()).map((d) => d.locale).sort()).toEqual(['en', 'ru', 'uk']);

    const uk = await page('uk');
    expect(uk.status).toBe(200);
    expect(uk.text).toContain('<html lang="uk">');
    expect(uk.text).toContain(`<h1>${TITLES.uk}</h1>`);
    expect(uk.text).toContain(ukrainianDate(held('uk').firstPublishedAt));
    for (const [hreflang, locale] of [['en', 'en'], ['uk', 'uk'], ['ru', 'ru'], ['x-default', 'en']]) {
      expect(uk.text).toContain(`<link rel="alternate" hreflang="${hreflang}" href="${site.url}${pagePath(locale)}">`);
    }
    expect(uk.text).not.toContain('class="edition-behind"');
    expect((await page('en')).text).toContain('<html lang="en">');
    expect((await page('ru')).text).toContain('<html lang="ru">');
    // A locale the site does not hold is a 404; the default edition has one address.
    expect((await fetch(`${site.url}/de/explainers/${SLUG}`)).status).toBe(404);
    const prefixed = await fetch(`${site.url}/en/explainers/${SLUG}`, { redirect: 'manual' });
    expect(prefixed.status).toBe(301);
    expect(prefixed.headers.get('location')).toBe(pagePath('en'));
    // The index lists each edition.
    const index = await (await fetch(`${site.url}/`)).text();
    for (const locale of ['en', 'uk', 'ru']) expect(index).toContain(`href="${pagePath(locale)}" hreflang="${locale}"`);
  });

  it('en r2: uk and ru are behind by 1, and their pages say so with a link to English; the English page does not', async () => {
    await publishEdition('en', 'English moves on.');
    await allDelivered();
    expect(held('en').revision.number).toBe(2);
    const editions = (await app.http().get(`/api/conflict-explainer/explainers/${SLUG}/editions`)).body.data;
    expect(editions.map((e: any) => [e.locale, e.behind])).toEqual([
      ['en', 0],
      ['ru', 1],
      ['uk', 1],
    ]);
    // The English publish went to the English stream only.
    expect(receivedIn('uk').map((r) => r.revision)).toEqual([1]);
    const uk = (await page('uk')).text;
    expect(uk).toContain('class="edition-behind"');
    expect(uk).toContain(`Англійську версію оновлено після цього перекладу: <time datetime="${held('en').revision.publishedAt}">${ukrainianDate(held('en').revision.publishedAt)}`);
    expect(uk).toContain(`<a href="${pagePath('en')}" hreflang="en">Читати англійською</a>`);
    expect((await page('ru')).text).toContain('Английская версия обновлена после этого перевода:');
    expect((await page('en')).text).not.toContain('class="edition-behind"');
  });

  it('unpublishing the Ukrainian edition takes down /uk/… only', async () => {
    await documents().unpublish({ documentId, locale: 'uk' });
    await eventually(async () => (await page('uk')).status === 404, 15000, 'the Ukrainian page taken down');
    expect((await page('en')).status).toBe(200);
    expect((await page('ru')).status).toBe(200);
    const removal = (await deliveries()).find((d) => d.kind === 'removal');
    expect(removal).toMatchObject({ slug: SLUG, locale: 'uk', state: 'delivered' });
    expect(JSON.parse(site.rawBodies.find((body) => body.includes('"explainer.removed"'))!).explainer).toEqual({ documentId, slug: SLUG, locale: 'uk' });
    // The English page no longer offers a Ukrainian alternate.
    expect((await page('en')).text).not.toContain('hreflang="uk"');
  });
});

describe('streams are independent', () => {
  it('a receiver down then up gets each edition’s revisions in order, once; the Ukrainian republish comes back as a reset', async () => {
    site.failWith(503);
    await publishEdition('en', 'English, third.');
    await publishEdition('ru', 'Русское издание, второе.');
    await publishEdition('en', 'English, fourth.');
    await documents().publish({ documentId, locale: 'uk' });
    await publishEdition('ru', 'Русское издание, третье.');
    await eventually(async () => (await deliveries()).filter((d) => d.state === 'pending' && d.attempts >= 1).length >= 2, 15000, 'attempts while down');
    site.failWith(null);
    await allDelivered();
    expect(receivedIn('en').map((r) => r.revision)).toEqual([1, 2, 3, 4]);
    expect(receivedIn('ru').map((r) => r.revision)).toEqual([1, 2, 3]);
    // uk r1 both times as a reset: the first of its stream, then the republish after its removal.
    expect(receivedIn('uk').map((r) => [r.revision, r.reset])).toEqual([
      [1, true],
      [1, true],
    ]);
    expect([held('en').revision.number, held('uk').revision.number, held('ru').revision.number]).toEqual([4, 1, 3]);
    expect((await page('uk')).status).toBe(200);
  });

  it('an English delivery still owed never holds back a Ukrainian one', async () => {
    // An earlier English delivery stuck for the next hour: English waits behind it, Ukrainian does not.
    const stuck = await app.strapi.db.query('plugin::conflict-explainer.sync-delivery' as any).create({
      data: { kind: 'revision', targetId, explainerDocumentId: documentId, locale: 'en', slug: SLUG, revisionNumber: 99, webhookId: 'msg_stuck_en', state: 'pending', attempts: 1, nextAttemptAt: new Date(Date.now() + 3600_000), attemptLog: [] },
    });
    await publishEdition('en', 'English, fifth.');
    await publishEdition('uk', 'Українське видання, друге.');
    await eventually(() => held('uk')?.revision.number === 2, 15000, 'the Ukrainian revision');
    expect(held('en').revision.number).toBe(4);
    expect((await deliveries()).find((d) => d.locale === 'en' && d.revisionNumber === 5)).toMatchObject({ state: 'pending', attempts: 0 });
    await app.strapi.db.query('plugin::conflict-explainer.sync-delivery' as any).delete({ where: { id: stuck.id } });
    app.strapi.plugin('conflict-explainer').service('sync').kick();
    await eventually(() => held('en')?.revision.number === 5, 15000, 'the English revision once nothing is owed before it');
  });

  it('a site that lost one edition gets that edition reset; the others go on along their chains', async () => {
    fs.rmSync(path.join(site.dataDir, `${SLUG}.ru.json`));
    await publishEdition('ru', 'Русское издание, четвёртое.');
    await publishEdition('en', 'English, sixth.');
    await allDelivered();
    expect(receivedIn('ru').at(-1)).toMatchObject({ revision: 4, reset: true, applied: true });
    expect(receivedIn('en').at(-1)).toMatchObject({ revision: 6, reset: false, applied: true });
  });

  it('reconciliation compares per slug and locale: a lost edition is re-sent, one the CMS does not publish is removed', async () => {
    fs.rmSync(path.join(site.dataDir, `${SLUG}.uk.json`));
    const ghost = { locale: 'ru', content: { documentId: 'ghostdocument0000000000', slug: 'ghost', locale: 'ru' }, revision: { number: 2, contentHash: 'abc' } };
    fs.writeFileSync(path.join(site.dataDir, 'ghost.ru.json'), JSON.stringify(ghost));
    const report = (await app.http().post(`${SYNC}/targets/${targetId}/reconcile`).set(bearer(admin))).body.data;
    expect(report.resent).toEqual(expect.arrayContaining([{ slug: SLUG, locale: 'uk', documentId, revision: 2, reason: 'missing' }]));
    expect(report.resent.filter((r: any) => r.slug === SLUG)).toHaveLength(1);
    expect(report.removed).toEqual([{ slug: 'ghost', locale: 'ru', documentId: 'ghostdocument0000000000' }]);
    await allDelivered();
    expect(held('uk')).toMatchObject({ revision: { number: 2 } });
    expect(fs.existsSync(path.join(site.dataDir, 'ghost.ru.json'))).toBe(false);
    const again = (await app.http().post(`${SYNC}/targets/${targetId}/reconcile`).set(bearer(admin))).body.data;
    expect(again).toMatchObject({ resent: [], removed: [], pending: [] });
  });
});
