import { bearer, createApiToken, registerSuperAdmin, type AdminSession } from '../helpers/admin';
import { CLAIM, EXPLAINER, pokrovskDocumentId, REVISION } from '../helpers/explainer';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * Editions (issue 12): one explainer in English, Ukrainian and Russian through Strapi's own i18n.
 * No write crosses editions; each edition has its own revisions; readers pick one with `?locale=`.
 */
const PUBLIC = '/api/conflict-explainer/explainers';
const ADMIN = '/conflict-explainer/explainers';
const CM = `/content-manager/collection-types/${EXPLAINER}`;
const UK_TITLE = 'Чому падіння цього міста мало б значення для України та Росії';

let app: TestApp;
let admin: AdminSession;
let token: string;
let documentId: string;
let englishTitle: string;

beforeAll(async () => {
  app = await startStrapi();
  admin = await registerSuperAdmin(app);
  token = await createApiToken(app, admin);
  documentId = await pokrovskDocumentId(app);
  // The new user's path: Ukrainian and Russian created in Settings → Internationalization.
  for (const [code, name] of [
    ['uk', 'Ukrainian (uk)'],
    ['ru', 'Russian (ru)'],
  ]) {
    const res = await app.http().post('/i18n/locales').set(bearer(admin)).send({ code, name, isDefault: false });
    expect(res.status).toBe(200);
  }
  englishTitle = (await draftOf('en')).title;
});
afterAll(async () => app?.stop());

const draftOf = (locale: string, uid = EXPLAINER, id = documentId) =>
  app.strapi.documents(uid as any).findOne({ documentId: id, locale, status: 'draft' } as any) as Promise<any>;
const rowsOf = (uid: string, id: string) => app.strapi.db.query(uid as any).findMany({ select: ['locale', 'publishedAt'], where: { documentId: id } });
const revisionsOf = async (locale: string) =>
  (
    await app.strapi.db.query(REVISION as any).findMany({ select: ['number', 'basedOn'], where: { explainerDocumentId: documentId, locale }, orderBy: { number: 'asc' } })
  ).map((row: any) => row.number as number);
const publishUpdate = (locale: string, body: object = {}) =>
  app.http().post(`${ADMIN}/${documentId}/publish?locale=${locale}`).set(bearer(admin)).send({ kind: 'update', ...body });
const expectLocaleRefused = (res: { status: number; body: any }) => {
  expect(res.status).toBe(400);
  expect(res.body.error.name).toBe('ValidationError');
  expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain('locale');
};

describe('no write crosses editions', () => {
  it('a Content Manager save with ?locale=uk creates the Ukrainian edition and leaves English untouched (the reproduction)', async () => {
    const englishBefore = await draftOf('en');
    const res = await app.http().put(`${CM}/${documentId}?locale=uk`).set(bearer(admin)).send({ title: UK_TITLE, standfirst: 'Українське видання.' });
    expect(res.status).toBe(200);
    const english = await draftOf('en');
    expect(english.title).toBe(englishTitle);
    expect(english.standfirst).toBe(englishBefore.standfirst);
    expect(english.updatedAt).toEqual(englishBefore.updatedAt);
    const ukrainian = await draftOf('uk');
    expect(ukrainian).toMatchObject({ title: UK_TITLE, standfirst: 'Українське видання.', locale: 'uk' });
    // The slug is one for every edition, whatever the edition's form sent.
    expect(ukrainian.slug).toBe('pokrovsk');
    expect(await revisionsOf('en')).toEqual([1]);
  });

  it('a translated slug from an edition is replaced by the document’s slug', async () => {
    const res = await app.http().put(`${CM}/${documentId}?locale=uk`).set(bearer(admin)).send({ title: UK_TITLE, slug: 'chomu-padinnia' });
    expect(res.status).toBe(200);
    expect((await draftOf('uk')).slug).toBe('pokrovsk');
    expect((await draftOf('en')).slug).toBe('pokrovsk');
  });

  it('REST with an API token (?locale=ru) writes and publishes the Russian edition only (Strapi’s REST publishes by default)', async () => {
    const res = await app
      .http()
      .put(`/api/conflict-explainer/manage/explainers/${documentId}?locale=ru`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { title: 'Почему падение этого города имело бы значение для Украины и России' } });
    expect(res.status).toBe(200);
    expect((await draftOf('ru')).title).toMatch(/^Почему/);
    expect((await draftOf('en')).title).toBe(englishTitle);
    expect((await draftOf('uk')).title).toBe(UK_TITLE);
    expect(await revisionsOf('ru')).toEqual([1]);
    expect(await revisionsOf('en')).toEqual([1]);
  });

  it('strapi.documents() with a locale writes that edition only', async () => {
    await app.strapi.documents(EXPLAINER as any).update({ documentId, locale: 'uk', data: { place: 'Покровськ, Донецька область' } } as any);
    expect((await draftOf('uk')).place).toBe('Покровськ, Донецька область');
    expect((await draftOf('en')).place).not.toBe('Покровськ, Донецька область');
    expect((await draftOf('ru')).place).not.toBe('Покровськ, Донецька область');
  });

  it('an unknown locale is a 400 naming `locale` on every path, with nothing stored', async () => {
    const before = await rowsOf(EXPLAINER, documentId);
    expectLocaleRefused(await app.http().put(`${CM}/${documentId}?locale=xx`).set(bearer(admin)).send({ title: 'Nope' }));
    expectLocaleRefused(await app.http().post(`${CM}?locale=xx`).set(bearer(admin)).send({ title: 'Nope', slug: 'nope' }));
    expectLocaleRefused(await app.http().post(`${CM}/${documentId}/actions/publish?locale=xx`).set(bearer(admin)).send({}));
    expectLocaleRefused(
      await app.http().put(`/api/conflict-explainer/manage/explainers/${documentId}?locale=xx`).set('Authorization', `Bearer ${token}`).send({ data: { title: 'Nope' } })
    );
    expectLocaleRefused(await app.http().post(`/content-manager/collection-types/${CLAIM}?locale=de`).set(bearer(admin)).send({ statement: 'Nope' }));
    await expect(app.strapi.documents(EXPLAINER as any).update({ documentId, locale: 'xx', data: { title: 'Nope' } } as any)).rejects.toMatchObject({
      name: 'ValidationError',
      details: { errors: [expect.objectContaining({ path: ['locale'] })] },
    });
    await expect(app.strapi.documents(EXPLAINER as any).publish({ documentId, locale: 'xx' } as any)).rejects.toMatchObject({ name: 'ValidationError' });
    expect(await rowsOf(EXPLAINER, documentId)).toEqual(before);
    expect(await app.strapi.db.query(EXPLAINER as any).count({ where: { title: 'Nope' } })).toBe(0);
    expect(await app.strapi.db.query(CLAIM as any).count({ where: { statement: 'Nope' } })).toBe(0);
  });

  it('a locale the plugin’s `editionLocales` leaves out is disabled: a 400 naming `locale`', async () => {
    const key = 'plugin::conflict-explainer.editionLocales';
    app.strapi.config.set(key, ['en', 'uk']);
    try {
      const before = await draftOf('ru');
      expectLocaleRefused(await app.http().put(`${CM}/${documentId}?locale=ru`).set(bearer(admin)).send({ title: 'Отключено' }));
      expect((await draftOf('ru')).title).toBe(before.title);
    } finally {
      app.strapi.config.set(key, null);
    }
  });

  it('claims: the statement is per edition, the status is shared: a desk status change reaches every edition', async () => {
    const claims = await app.http().get('/conflict-explainer/claims?pageSize=1').set(bearer(admin));
    const claim = claims.body.data[0];
    const statement = 'Генеральний штаб ЗСУ заперечив оточення.';
    const saved = await app.http().put(`/content-manager/collection-types/${CLAIM}/${claim.documentId}?locale=uk`).set(bearer(admin)).send({ statement });
    expect(saved.status).toBe(200);
    expect((await draftOf('en', CLAIM, claim.documentId)).statement).toBe(claim.statement);
    expect((await draftOf('uk', CLAIM, claim.documentId)).statement).toBe(statement);
    // The desk lists each claim once (its default edition), whatever editions exist.
    const listed = await app.http().get('/conflict-explainer/claims?pageSize=100').set(bearer(admin));
    expect(listed.body.data.filter((c: any) => c.documentId === claim.documentId)).toHaveLength(1);

    const current = await app.http().get(`/conflict-explainer/claims/${claim.documentId}`).set(bearer(admin));
    const to = current.body.data.claimStatus === 'confirmed' ? 'disputed' : 'confirmed';
    const changed = await app
      .http()
      .post(`/conflict-explainer/claims/${claim.documentId}/status`)
      .set(bearer(admin))
      .send({ version: current.body.data.version, status: to, reason: 'Edition test' });
    expect(changed.status).toBe(200);
    const ukrainian = await draftOf('uk', CLAIM, claim.documentId);
    expect(ukrainian.claimStatus).toBe(to);
    expect(ukrainian.statement).toBe(statement);
    expect(ukrainian.version).toBe(changed.body.data.version);
  });
});

describe('a claim’s claimant and links are shared by its editions', () => {
  const deskClaims = async () => (await app.http().get('/conflict-explainer/claims?pageSize=100').set(bearer(admin))).body.data as any[];
  const relationsIn = async (locale: string, claimDocumentId: string) => {
    const row = await app.strapi.db.query(CLAIM as any).findOne({
      where: { documentId: claimDocumentId, locale },
      populate: { claimant: { select: ['documentId'] }, contradicts: { select: ['documentId'] }, contradictedBy: { select: ['documentId'] } },
    });
    return {
      claimant: row.claimant?.documentId ?? null,
      contradicts: row.contradicts.map((c: any) => c.documentId).sort(),
      contradictedBy: row.contradictedBy.map((c: any) => c.documentId).sort(),
    };
  };

  it('a new edition takes the claim’s claimant and links; a desk link change reaches every edition; a CM save of an edition changes none', async () => {
    const claims = await deskClaims();
    const cauldrons = claims.find((c) => /cauldron/i.test(c.statement));
    const denial = claims.find((c) => c.links.contradicts.some((l: any) => l.documentId === cauldrons.documentId) || c.links.contradictedBy.some((l: any) => l.documentId === cauldrons.documentId));
    expect(denial).toBeDefined();
    // Russian editions of the claimant and both claims, each written with the edition's text only.
    await app.strapi.documents('plugin::conflict-explainer.actor' as any).update({ documentId: cauldrons.claimant.documentId, locale: 'ru', data: { name: 'Министерство обороны России' } } as any);
    for (const [claim, statement] of [
      [cauldrons, 'Минобороны России заявило, что подразделения ВСУ попали в «котлы».'],
      [denial, 'Генштаб ВСУ опроверг окружение.'],
    ]) {
      const res = await app.http().put(`/content-manager/collection-types/${CLAIM}/${claim.documentId}?locale=ru`).set(bearer(admin)).send({ statement });
      expect(res.status).toBe(200);
    }
    const english = await relationsIn('en', cauldrons.documentId);
    expect(await relationsIn('ru', cauldrons.documentId)).toEqual(english);
    expect(english.contradicts.length + english.contradictedBy.length).toBeGreaterThan(0);

    const deepstate = claims.find((c) => /no-man/i.test(c.statement));
    await app.strapi.documents(CLAIM as any).update({ documentId: deepstate.documentId, locale: 'ru', data: { statement: 'DeepState: большая часть Покровска — серая зона.' } } as any);
    const linked = await app.http().post(`/conflict-explainer/claims/${deepstate.documentId}/links`).set(bearer(admin)).send({ kind: 'contradicts', target: cauldrons.documentId });
    expect(linked.status).toBe(200);
    expect((await relationsIn('ru', deepstate.documentId)).contradicts).toContain(cauldrons.documentId);
    expect((await relationsIn('ru', cauldrons.documentId)).contradictedBy).toContain(deepstate.documentId);

    // The Content Manager's form sends empty relation operations with every save: nothing moves.
    const emptyOps = { connect: [], disconnect: [] };
    const saved = await app
      .http()
      .put(`/content-manager/collection-types/${CLAIM}/${deepstate.documentId}?locale=ru`)
      .set(bearer(admin))
      .send({ statement: 'DeepState: большая часть Покровска — серая зона.', claimant: emptyOps, contradicts: emptyOps, supports: emptyOps });
    expect(saved.status).toBe(200);
    expect((await relationsIn('en', deepstate.documentId)).contradicts).toContain(cauldrons.documentId);

    const unlinked = await app.http().delete(`/conflict-explainer/claims/${deepstate.documentId}/links/contradicts/${cauldrons.documentId}`).set(bearer(admin));
    expect(unlinked.status).toBe(200);
    expect((await relationsIn('ru', deepstate.documentId)).contradicts).not.toContain(cauldrons.documentId);
    expect((await draftOf('en', CLAIM, deepstate.documentId)).statement).toBe(deepstate.statement);
  });
});

describe('revisions per edition and the public API', () => {
  it('publishing the Ukrainian edition records uk r1 based on en r1, and English is not republished', async () => {
    const res = await app.http().post(`${CM}/${documentId}/actions/publish?locale=uk`).set(bearer(admin)).send({});
    expect(res.status).toBe(200);
    expect(await revisionsOf('uk')).toEqual([1]);
    expect(await revisionsOf('en')).toEqual([1]);
    const list = await app.http().get(`${ADMIN}/${documentId}/revisions?locale=uk`).set(bearer(admin));
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0]).toMatchObject({ number: 1, publicNote: 'First published', basedOn: { locale: 'en', revision: 1 } });
  });

  it('readers get each edition with ?locale= (default: the default locale), with its own ETag and JSON-LD', async () => {
    const english = await app.http().get(`${PUBLIC}/pokrovsk`);
    const ukrainian = await app.http().get(`${PUBLIC}/pokrovsk?locale=uk`);
    expect(english.status).toBe(200);
    expect(ukrainian.status).toBe(200);
    const en = JSON.parse(english.text);
    const uk = JSON.parse(ukrainian.text);
    expect(en.content.title).toBe(englishTitle);
    expect(uk.content.title).toBe(UK_TITLE);
    expect(uk).toMatchObject({ locale: 'uk', revision: { number: 1, basedOn: { locale: 'en', revision: 1 } } });
    expect(english.headers.etag).not.toBe(ukrainian.headers.etag);
    const ukArticle = uk.jsonLd['@graph'].find((node: any) => node['@type'] === 'NewsArticle');
    // The playground's siteArticleUrl is http://localhost:3000/{locale/}explainers/{slug}: English without a prefix.
    expect(ukArticle).toMatchObject({
      inLanguage: 'uk',
      url: 'http://localhost:3000/uk/explainers/pokrovsk',
      translationOfWork: { '@type': 'NewsArticle', inLanguage: 'en', url: 'http://localhost:3000/explainers/pokrovsk' },
    });
    // Cached reads too (the raw fast path): the second read of each is the same edition.
    expect(JSON.parse((await app.http().get(`${PUBLIC}/pokrovsk?locale=uk`)).text).content.title).toBe(UK_TITLE);
    expect(JSON.parse((await app.http().get(`${PUBLIC}/pokrovsk`)).text).content.title).toBe(englishTitle);
    const notModified = await app.http().get(`${PUBLIC}/pokrovsk?locale=uk`).set('If-None-Match', ukrainian.headers.etag);
    expect(notModified.status).toBe(304);
    const changelog = await app.http().get(`${PUBLIC}/pokrovsk/revisions?locale=uk`);
    expect(changelog.body.data.map((entry: any) => entry.number)).toEqual([1]);
    expect((await app.http().get(`${PUBLIC}/pokrovsk/revisions/1?locale=uk`)).body.content.title).toBe(UK_TITLE);
  });

  it('an unpublished edition is a 404 for that locale alone; an unknown locale a 400', async () => {
    expect((await app.http().get(`${PUBLIC}/pokrovsk?locale=ru`)).status).toBe(200);
    await app.strapi.documents(EXPLAINER as any).unpublish({ documentId, locale: 'ru' } as any);
    expect((await app.http().get(`${PUBLIC}/pokrovsk?locale=ru`)).status).toBe(404);
    expect((await app.http().get(`${PUBLIC}/pokrovsk/revisions?locale=ru`)).status).toBe(404);
    expect((await app.http().get(`${PUBLIC}/pokrovsk`)).status).toBe(200);
    expectLocaleRefused(await app.http().get(`${PUBLIC}/pokrovsk?locale=xx`));
    expectLocaleRefused(await app.http().get(`${PUBLIC}?locale=xx`));
  });

  it('an English publish leaves the Ukrainian edition live and behind by 1 (editions route)', async () => {
    await app.strapi.documents(EXPLAINER as any).update({ documentId, locale: 'en', data: { standfirst: 'English moves on.' } } as any);
    await app.strapi.documents(EXPLAINER as any).publish({ documentId } as any);
    expect(await revisionsOf('en')).toEqual([1, 2]);
    expect(await revisionsOf('uk')).toEqual([1]);
    const editions = await app.http().get(`${PUBLIC}/pokrovsk/editions`);
    expect(editions.status).toBe(200);
    expect(editions.body.data).toEqual([
      { locale: 'en', revision: 2, publishedAt: expect.any(String), basedOn: null, behind: 0 },
      { locale: 'uk', revision: 1, publishedAt: expect.any(String), basedOn: { locale: 'en', revision: 1 }, behind: 1 },
    ]);
    expect(JSON.parse((await app.http().get(`${PUBLIC}/pokrovsk?locale=uk`)).text).content.title).toBe(UK_TITLE);
    const list = await app.http().get(PUBLIC);
    expect(list.body.data).toHaveLength(1);
    expect(list.body.data[0]).toMatchObject({ slug: 'pokrovsk', locale: 'en', revision: 2, editions: [{ locale: 'en', revision: 2 }, { locale: 'uk', revision: 1 }] });
    // The edit view's panel says the same for the edition: behind by 1, translated from en r1.
    const status = await app.http().get(`${ADMIN}/${documentId}/revision-status?locale=uk`).set(bearer(admin));
    expect(status.body.data.drift).toEqual({ sourceLocale: 'en', sourceLatest: 2, basedOn: { locale: 'en', revision: 1 }, behind: 1 });
    const englishStatus = await app.http().get(`${ADMIN}/${documentId}/revision-status`).set(bearer(admin));
    expect(englishStatus.body.data).toMatchObject({ locale: 'en', drift: null });
    const ukList = await app.http().get(`${PUBLIC}?locale=uk`);
    expect(ukList.body.data).toEqual([expect.objectContaining({ slug: 'pokrovsk', locale: 'uk', title: UK_TITLE, revision: 1 })]);
    // English's JSON-LD names its live translation.
    const en = JSON.parse((await app.http().get(`${PUBLIC}/pokrovsk`)).text);
    expect(en.jsonLd['@graph'][0].workTranslation).toEqual([expect.objectContaining({ inLanguage: 'uk', url: 'http://localhost:3000/uk/explainers/pokrovsk' })]);
  });

  it('the translator confirms the source revision; one beyond the source’s latest is a 400 naming `basedOn`, nothing published', async () => {
    await app.strapi.documents(EXPLAINER as any).update({ documentId, locale: 'uk', data: { standfirst: 'Українське видання, оновлене.' } } as any);
    const refused = await publishUpdate('uk', { basedOn: 9 });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors[0].path).toEqual(['basedOn']);
    expect(await revisionsOf('uk')).toEqual([1]);
    const confirmed = await publishUpdate('uk', { basedOn: 2, publicNote: 'Оновлено: нова вступна частина' });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.data).toMatchObject({ changed: true, revision: { number: 2, basedOn: { locale: 'en', revision: 2 } } });
    const again = await publishUpdate('uk');
    expect(again.body.data).toMatchObject({ changed: false, latest: 2 });
    const editions = await app.http().get(`${PUBLIC}/pokrovsk/editions`);
    expect(editions.body.data.find((e: any) => e.locale === 'uk')).toMatchObject({ revision: 2, behind: 0 });
    const status = await app.http().get(`${ADMIN}/${documentId}/revision-status?locale=uk`).set(bearer(admin));
    expect(status.body.data).toMatchObject({ locale: 'uk', latest: { number: 2 }, hasPendingChanges: false });
    const compare = await app.http().get(`${ADMIN}/${documentId}/revisions/compare?from=1&to=2&locale=uk`).set(bearer(admin));
    expect(compare.body.data.summary.fieldsChanged).toEqual(['standfirst']);
    expect(compare.body.data.right.standfirst).toBe('Українське видання, оновлене.');
  });

  it('concurrent publishes of two editions give two clean sequences', async () => {
    await app.strapi.documents(EXPLAINER as any).update({ documentId, locale: 'en', data: { standfirst: 'English, concurrently.' } } as any);
    await app.strapi.documents(EXPLAINER as any).update({ documentId, locale: 'uk', data: { standfirst: 'Українською, одночасно.' } } as any);
    const [en, uk] = await Promise.all([publishUpdate('en', { publicNote: 'en concurrent' }), publishUpdate('uk', { publicNote: 'uk concurrent' })]);
    expect(en.status).toBe(200);
    expect(uk.status).toBe(200);
    expect(await revisionsOf('en')).toEqual([1, 2, 3]);
    expect(await revisionsOf('uk')).toEqual([1, 2, 3]);
    const notes = await app.strapi.db.query(REVISION as any).findMany({ select: ['locale', 'publicNote'], where: { explainerDocumentId: documentId, number: 3 } });
    expect(notes.map((row: any) => `${row.locale}:${row.publicNote}`).sort()).toEqual(['en:en concurrent', 'uk:uk concurrent']);
    const ukSnapshot = JSON.parse((await app.http().get(`${PUBLIC}/pokrovsk?locale=uk`)).text);
    expect(ukSnapshot.content.standfirst).toBe('Українською, одночасно.');
    expect(ukSnapshot.changelog.map((entry: any) => entry.note)).toEqual(['uk concurrent', 'Оновлено: нова вступна частина', 'First published']);
  });

  it('restore works per edition: uk r1 becomes the Ukrainian draft, English is untouched', async () => {
    const englishBefore = await draftOf('en');
    const res = await app.http().post(`${ADMIN}/${documentId}/revisions/1/restore?locale=uk`).set(bearer(admin));
    expect(res.status).toBe(200);
    expect((await draftOf('uk')).standfirst).toBe('Українське видання.');
    expect((await draftOf('en')).standfirst).toBe(englishBefore.standfirst);
    const published = await publishUpdate('uk');
    expect(published.body.data).toMatchObject({ changed: true, revision: { number: 4, publicNote: 'Restores revision 1' } });
    expect(await revisionsOf('en')).toEqual([1, 2, 3]);
  });

  it('unpublishing the Ukrainian edition takes only that edition off the public API', async () => {
    const res = await app.http().post(`${CM}/${documentId}/actions/unpublish?locale=uk`).set(bearer(admin)).send({});
    expect(res.status).toBe(200);
    expect((await app.http().get(`${PUBLIC}/pokrovsk?locale=uk`)).status).toBe(404);
    expect((await app.http().get(`${PUBLIC}/pokrovsk`)).status).toBe(200);
    expect((await app.http().get(`${PUBLIC}/pokrovsk/editions`)).body.data.map((e: any) => e.locale)).toEqual(['en']);
  });
  it('the translation page: English’s changes since the edition’s source revision and the claims whose status changed; the explainers list shows each edition', async () => {
    const claim = (await app.http().get('/conflict-explainer/claims?pageSize=1').set(bearer(admin))).body.data[0];
    const ukStatement = 'Твердження для сторінки перекладу.';
    expect((await app.http().put(`/content-manager/collection-types/${CLAIM}/${claim.documentId}?locale=uk`).set(bearer(admin)).send({ statement: ukStatement })).status).toBe(200);
    await app.strapi.documents(EXPLAINER as any).update({ documentId, locale: 'uk', data: { claims: [claim.documentId] } } as any);
    const ukPublished = await publishUpdate('uk', { publicNote: 'Додано твердження' });
    expect(ukPublished.body.data).toMatchObject({ changed: true, revision: { number: 5, basedOn: { locale: 'en', revision: 3 } } });
    await app.strapi.documents(EXPLAINER as any).update({ documentId, locale: 'en', data: { standfirst: 'English moves on again.' } } as any);
    expect((await publishUpdate('en')).body.data).toMatchObject({ changed: true, revision: { number: 4 } });
    const current = (await app.http().get(`/conflict-explainer/claims/${claim.documentId}`).set(bearer(admin))).body.data;
    const to = current.claimStatus === 'retracted' ? 'disputed' : 'retracted';
    const changed = await app.http().post(`/conflict-explainer/claims/${claim.documentId}/status`).set(bearer(admin)).send({ version: current.version, status: to, reason: 'Drift test' });
    expect(changed.status).toBe(200);

    const drift = await app.http().get(`${ADMIN}/${documentId}/translation-drift?locale=uk`).set(bearer(admin));
    expect(drift.status).toBe(200);
    expect(drift.body.data).toMatchObject({ locale: 'uk', drift: { sourceLocale: 'en', sourceLatest: 4, basedOn: { locale: 'en', revision: 3 }, behind: 1 } });
    // What to carry over: English r3 → r4, as the revisions page compares them.
    expect(drift.body.data.sourceChanges).toMatchObject({ from: 3, to: 4, summary: { fieldsChanged: ['standfirst'] } });
    expect(drift.body.data.sourceChanges.right.standfirst).toBe('English moves on again.');
    expect(drift.body.data.claimStatusChanges).toEqual([{ id: claim.documentId, statement: ukStatement, from: current.claimStatus, to }]);
    // The source edition has nothing to carry over; a bad locale is a 400 naming it; another document a 404.
    const english = await app.http().get(`${ADMIN}/${documentId}/translation-drift`).set(bearer(admin));
    expect(english.body.data).toMatchObject({ locale: 'en', drift: null, sourceChanges: null });
    expectLocaleRefused(await app.http().get(`${ADMIN}/${documentId}/translation-drift?locale=xx`).set(bearer(admin)));
    expect((await app.http().get(`${ADMIN}/nosuchdocument/translation-drift?locale=uk`).set(bearer(admin))).status).toBe(404);

    const list = await app.http().get(ADMIN).set(bearer(admin));
    expect(list.body.data.find((e: any) => e.documentId === documentId).editions).toEqual([
      { locale: 'en', latestRevision: 4, behind: null },
      { locale: 'ru', latestRevision: null, behind: null }, // not live: an edition off the site shows no revision
      { locale: 'uk', latestRevision: 5, behind: 1 },
    ]);
  });
});
