import { bearer, createApiToken, editorWithPermissions, registerSuperAdmin, type AdminSession } from '../helpers/admin';
import { allKeys, CLAIM, editDraft, EXPLAINER, INTERNAL_KEYS, pokrovskDocumentId, revisionNumbers } from '../helpers/explainer';
import { startStrapi, type TestApp } from '../helpers/strapi';

const PUBLIC = '/api/conflict-explainer/explainers';
const ADMIN = '/conflict-explainer/explainers';

let app: TestApp;
let admin: AdminSession;
let documentId: string;

beforeAll(async () => {
  app = await startStrapi();
  admin = await registerSuperAdmin(app);
  documentId = await pokrovskDocumentId(app);
});
afterAll(async () => app?.stop());

const publishUpdate = (body: object) => app.http().post(`${ADMIN}/${documentId}/publish`).set(bearer(admin)).send(body);
const publicSnapshot = async () => {
  const res = await app.http().get(`${PUBLIC}/pokrovsk`);
  expect(res.status).toBe(200);
  return JSON.parse(res.text);
};

describe('the first revision (the seed publish)', () => {
  it('is revision 1, "First published"', async () => {
    expect(await revisionNumbers(app, documentId)).toEqual([1]);
    const snapshot = await publicSnapshot();
    expect(snapshot.revision).toMatchObject({ number: 1, kind: 'update', note: 'First published' });
    expect(snapshot.changelog).toHaveLength(1);
  });

  it('nests the body into the intro and the four question sections', async () => {
    const { content } = await publicSnapshot();
    expect(content.sections.map((s: any) => s.question)).toEqual([
      null,
      'How close is Pokrovsk to falling?',
      'Why is this city so important for Russia to capture?',
      'What makes Pokrovsk significant for Ukraine to hold?',
      'Would the fall of Pokrovsk change the war?',
    ]);
    const first = content.sections[1];
    expect(first.id).toBe('how-close-is-pokrovsk-to-falling');
    expect(first.blocks.map((b: any) => b.type)).toEqual(expect.arrayContaining(['text', 'image', 'map', 'claim']));
  });

  it('carries claims with actor, side, medium, status and links; maps with source and as-of; images with credits', async () => {
    const { content } = await publicSnapshot();
    const actors = new Map(content.actors.map((a: any) => [a.id, a]));
    const cauldrons = content.claims.find((c: any) => /cauldron/i.test(c.statement));
    expect(cauldrons.status).toBe('disputed');
    expect(actors.get(cauldrons.claimantId)).toMatchObject({ side: 'russia' });
    const denial = content.claims.find((c: any) => (actors.get(c.claimantId) as any)?.name.includes('General Staff'));
    expect([...denial.links.contradicts, ...denial.links.contradictedBy]).toContain(cauldrons.id);
    expect(content.maps).toHaveLength(3);
    for (const map of content.maps) {
      expect(map.sourceLine).toMatch(/^Source:/);
      expect(map.asOf).toMatch(/^\d{4}-\d\d-\d\d$/);
      expect(map.geojson.type).toBe('FeatureCollection');
    }
    expect(content.heroImage).toMatchObject({ credit: 'Libkos/Getty Images' });
    expect(content.heroImage.url).toMatch(/\/uploads\/.+\.jpg$/);
  });

  it('never contains an internal field or an internal note’s text', async () => {
    const res = await app.http().get(`${PUBLIC}/pokrovsk`);
    const keys = allKeys(JSON.parse(res.text));
    for (const key of INTERNAL_KEYS) expect(keys.has(key)).toBe(false);
    const notes = [
      ...(await app.strapi.db.query(CLAIM as any).findMany({ select: ['internalNote'] })).map((c: any) => c.internalNote),
      ...(await app.strapi.db.query('plugin::conflict-explainer.map' as any).findMany({ select: ['internalNote'] })).map((m: any) => m.internalNote),
      (await app.strapi.db.query(EXPLAINER as any).findOne({ select: ['internalNote'], where: { documentId } })).internalNote,
    ].filter(Boolean);
    expect(notes.length).toBeGreaterThan(5);
    for (const note of notes) expect(res.text).not.toContain(note);
  });

  it('answers If-None-Match with 304 and sets cache headers', async () => {
    const first = await app.http().get(`${PUBLIC}/pokrovsk`);
    expect(first.headers.etag).toMatch(/^"r1-[0-9a-f]{16}"$/);
    expect(first.headers['cache-control']).toMatch(/public, max-age=\d+/);
    const again = await app.http().get(`${PUBLIC}/pokrovsk`).set('If-None-Match', first.headers.etag);
    expect(again.status).toBe(304);
    expect(again.text).toBe('');
  });

  it('publishes JSON-LD that a JSON-LD processor expands into NewsArticle and Claim', async () => {
    const jsonld = require('jsonld');
    const { jsonLd } = await publicSnapshot();
    // Offline: schema.org's context is its vocabulary.
    const documentLoader = async (url: string) => {
      if (/^https?:\/\/schema\.org\/?$/.test(url)) return { contextUrl: null, documentUrl: url, document: { '@context': { '@vocab': 'https://schema.org/' } } };
      throw new Error(`unexpected remote document ${url}`);
    };
    const expanded = await jsonld.expand(jsonLd, { documentLoader });
    const types = expanded.flatMap((node: any) => node['@type'] ?? []);
    expect(types).toContain('https://schema.org/NewsArticle');
    expect(types).toContain('https://schema.org/Claim');
    const article = expanded.find((node: any) => node['@type']?.includes('https://schema.org/NewsArticle'));
    expect(article['https://schema.org/dateModified']).toBeDefined();
    const image = article['https://schema.org/image'][0];
    expect(image['https://schema.org/creditText'][0]['@value']).toBe('Libkos/Getty Images');
    expect(image['https://schema.org/copyrightNotice'][0]['@value']).toMatch(/Getty Images/);
  });
});

describe('publish = exactly one revision, from every path', () => {
  it('through the admin API, with kind and note; nothing changed says so and makes none', async () => {
    await editDraft(app, documentId, 'Admin API edit of the standfirst.');
    const res = await publishUpdate({ kind: 'update', publicNote: 'Updated 7 Nov: adds Russian claim of encirclement', internalNote: 'desk only' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ changed: true, revision: { number: 2, kind: 'update', publicNote: 'Updated 7 Nov: adds Russian claim of encirclement' } });
    expect(res.body.data.revision.summary.fieldsChanged).toEqual(['standfirst']);
    const again = await publishUpdate({ kind: 'update', publicNote: 'nothing' });
    expect(again.status).toBe(200);
    expect(again.body.data).toMatchObject({ changed: false, latest: 2 });
    expect(await revisionNumbers(app, documentId)).toEqual([1, 2]);
    const snapshot = await publicSnapshot();
    expect(snapshot.content.standfirst).toBe('Admin API edit of the standfirst.');
    expect(snapshot.changelog.map((c: any) => c.number)).toEqual([2, 1]);
    expect(JSON.stringify(snapshot)).not.toContain('desk only');
  });

  it('through the Content Manager’s publish action', async () => {
    await editDraft(app, documentId, 'Content Manager edit.');
    const res = await app
      .http()
      .post(`/content-manager/collection-types/${EXPLAINER}/${documentId}/actions/publish`)
      .set(bearer(admin))
      .send({});
    expect(res.status).toBe(200);
    expect(await revisionNumbers(app, documentId)).toEqual([1, 2, 3]);
    const snapshot = await publicSnapshot();
    expect(snapshot.revision.note).toMatch(/^Updated/);
    expect(snapshot.revision.kind).toBe('update');
  });

  it('through the REST API with an API token (?status=published)', async () => {
    const token = await createApiToken(app, admin);
    const res = await app
      .http()
      .put(`/api/conflict-explainer/manage/explainers/${documentId}?status=published`)
      .set('Authorization', `Bearer ${token}`)
      .send({ data: { standfirst: 'REST edit.' } });
    expect(res.status).toBe(200);
    expect(await revisionNumbers(app, documentId)).toEqual([1, 2, 3, 4]);
    const revision = await app.strapi.db.query('plugin::conflict-explainer.revision' as any).findOne({ where: { explainerDocumentId: documentId, number: 4 } });
    expect(revision.editorName).toMatch(/API token/);
  });

  it('through the REST API, on explainers never published before: one revision 1 each', async () => {
    const token = await createApiToken(app, admin);
    const rest = (method: 'post' | 'put', path: string, data: object) =>
      app.http()[method](`/api/conflict-explainer/manage/explainers${path}`).set('Authorization', `Bearer ${token}`).send({ data });

    const created = await rest('post', '?status=published', { title: 'Published on creation', slug: 'published-on-creation' });
    expect(created.status).toBe(201);
    expect(await revisionNumbers(app, created.body.data.documentId)).toEqual([1]);

    const draft = await rest('post', '?status=draft', { title: 'A draft first', slug: 'a-draft-first' });
    expect(draft.status).toBe(201);
    expect(await revisionNumbers(app, draft.body.data.documentId)).toEqual([]);
    const published = await rest('put', `/${draft.body.data.documentId}?status=published`, { standfirst: 'Then published with an edit.' });
    expect(published.status).toBe(200);
    expect(await revisionNumbers(app, draft.body.data.documentId)).toEqual([1]);
    const live = await app.http().get(`${PUBLIC}/a-draft-first`);
    expect(live.status).toBe(200);
    expect(live.body.content.standfirst).toBe('Then published with an edit.');
    expect(live.body.revision.number).toBe(1);

    // Off the public list again, for the tests below.
    for (const id of [created.body.data.documentId, draft.body.data.documentId]) {
      expect((await app.http().delete(`/api/conflict-explainer/manage/explainers/${id}`).set('Authorization', `Bearer ${token}`)).status).toBe(204);
    }
    expect((await app.http().get(PUBLIC)).body.data.map((row: { slug: string }) => row.slug)).toEqual(['pokrovsk']);
  });

  it('through a Document Service call (a script or scheduler)', async () => {
    await editDraft(app, documentId, 'Script edit.');
    await app.strapi.documents(EXPLAINER as any).publish({ documentId } as any);
    expect(await revisionNumbers(app, documentId)).toEqual([1, 2, 3, 4, 5]);
    expect((await publicSnapshot()).content.standfirst).toBe('Script edit.');
  });

  it('concurrent publishes get distinct consecutive numbers', async () => {
    const edits = Array.from({ length: 6 }, (_, i) => i);
    await Promise.all(
      edits.map(async (i) => {
        await editDraft(app, documentId, `Concurrent edit ${i}.`);
        return publishUpdate({ kind: 'update', publicNote: `concurrent ${i}` });
      })
    );
    const numbers = await revisionNumbers(app, documentId);
    expect(numbers).toEqual(numbers.map((_, i) => i + 1));
    expect(numbers.length).toBeGreaterThan(5);
  });

  it('never serves a live draft to readers', async () => {
    const before = await publicSnapshot();
    await editDraft(app, documentId, 'Unpublished draft text.');
    app.strapi.plugin('conflict-explainer').service('publications').invalidate();
    const after = await publicSnapshot();
    expect(after.content.standfirst).toBe(before.content.standfirst);
    const listed = await app.http().get(PUBLIC);
    expect(listed.body.data).toEqual([expect.objectContaining({ slug: 'pokrovsk', revision: before.revision.number })]);
  });
});

describe('corrections, the changelog and past revisions', () => {
  it('a correction needs a public note', async () => {
    const res = await publishUpdate({ kind: 'correction' });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['publicNote']);
  });

  it('an unknown kind or an unknown field is refused', async () => {
    const unknownKind = await publishUpdate({ kind: 'rewrite', publicNote: 'x' });
    expect(unknownKind.status).toBe(400);
    expect(unknownKind.body.error.details.errors[0].path).toEqual(['kind']);
    const unknownField = await publishUpdate({ kind: 'update', sneaky: true });
    expect(unknownField.status).toBe(400);
  });

  it('a correction appears in the changelog and as a CorrectionComment in the JSON-LD', async () => {
    await editDraft(app, documentId, 'Corrected standfirst.');
    const res = await publishUpdate({ kind: 'correction', publicNote: 'Corrected 8 Nov: the regiment is Skelya, not Skala' });
    expect(res.status).toBe(200);
    const snapshot = await publicSnapshot();
    expect(snapshot.changelog[0]).toMatchObject({ kind: 'correction', note: 'Corrected 8 Nov: the regiment is Skelya, not Skala' });
    const article = snapshot.jsonLd['@graph'][0];
    expect(article.correction).toEqual([expect.objectContaining({ '@type': 'CorrectionComment', text: 'Corrected 8 Nov: the regiment is Skelya, not Skala' })]);
    expect(Date.parse(article.dateModified)).toBeGreaterThan(Date.parse(article.datePublished));
  });

  it('a confirmed claim is published as a ClaimReview; an unverified one only as a Claim', async () => {
    const claim = await app.strapi.db.query(CLAIM as any).findOne({ where: { statement: { $containsi: 'no-man' } } });
    await app.strapi.documents(CLAIM as any).update({ documentId: claim.documentId, data: { claimStatus: 'confirmed' } } as any);
    await publishUpdate({ kind: 'update', publicNote: 'DeepState assessment confirmed' });
    const { jsonLd } = await publicSnapshot();
    const reviews = jsonLd['@graph'].filter((n: any) => n['@type'] === 'ClaimReview');
    expect(reviews).toHaveLength(1);
    expect(reviews[0]).toMatchObject({ claimReviewed: claim.statement, reviewRating: { alternateName: 'Confirmed', ratingValue: 5 } });
    expect(jsonLd['@graph'].filter((n: any) => n['@type'] === 'Claim').length).toBeGreaterThan(5);
  });

  it('serves the public changelog and any past revision by number', async () => {
    const changelog = await app.http().get(`${PUBLIC}/pokrovsk/revisions`);
    expect(changelog.status).toBe(200);
    const numbers = changelog.body.data.map((e: any) => e.number);
    expect(numbers[0]).toBe(numbers.length);
    expect(changelog.body.meta.pagination.total).toBe(numbers.length);
    const first = await app.http().get(`${PUBLIC}/pokrovsk/revisions/1`);
    expect(first.status).toBe(200);
    expect(first.body.revision.number).toBe(1);
    expect(first.headers['cache-control']).toMatch(/immutable/);
    expect(first.body.content.standfirst).toMatch(/^Ukraine could be facing/);
  });

  it('unknown slugs and revisions are 404; malformed ones are 400 naming the field', async () => {
    expect((await app.http().get(`${PUBLIC}/kherson`)).status).toBe(404);
    expect((await app.http().get(`${PUBLIC}/pokrovsk/revisions/999`)).status).toBe(404);
    const badSlug = await app.http().get(`${PUBLIC}/..%2F..%2Fadmin`);
    expect(badSlug.status).toBe(400);
    expect(badSlug.body.error.details.errors[0].path).toEqual(['slug']);
    const badNumber = await app.http().get(`${PUBLIC}/pokrovsk/revisions/-1`);
    expect(badNumber.status).toBe(400);
    expect(badNumber.body.error.details.errors[0].path).toEqual(['number']);
    expect((await app.http().get(`${ADMIN}/${documentId}/revisions/999`).set(bearer(admin))).status).toBe(404);
  });
});

describe('compare and restore', () => {
  it('compares two revisions with a readable summary and a JSON diff', async () => {
    const res = await app.http().get(`${ADMIN}/${documentId}/revisions/compare?from=1&to=2`).set(bearer(admin));
    expect(res.status).toBe(200);
    expect(res.body.data.summary.fieldsChanged).toEqual(['standfirst']);
    expect(res.body.data.delta.standfirst).toHaveLength(2);
  });

  it('restores revision 1 as the draft after later updates, records it, and the next publish says so', async () => {
    const latestBefore = (await revisionNumbers(app, documentId)).at(-1)!;
    const res = await app.http().post(`${ADMIN}/${documentId}/revisions/1/restore`).set(bearer(admin));
    expect(res.status).toBe(200);
    // The draft now renders to exactly revision 1's content...
    const status = await app.http().get(`${ADMIN}/${documentId}/revision-status`).set(bearer(admin));
    expect(status.body.data.hasPendingChanges).toBe(true);
    const revisions = app.strapi.plugin('conflict-explainer').service('revisions');
    const one = await revisions.get(documentId, 'en', 1);
    const draftEntry = await app.strapi.documents(EXPLAINER as any).findOne({ documentId, status: 'draft' } as any);
    expect(draftEntry!.standfirst).toBe(one.snapshot.content.standfirst);
    // ...the public page is unchanged until it is published...
    expect((await publicSnapshot()).revision.number).toBe(latestBefore);
    // ...the restore is on record...
    const activities = await app.http().get(`${ADMIN}/${documentId}/activities`).set(bearer(admin));
    expect(activities.body.data[0]).toMatchObject({ action: 'revision.restore', revisionNumber: 1 });
    // ...and publishing it makes a new revision whose content is revision 1's.
    const published = await publishUpdate({ kind: 'update' });
    expect(published.body.data.revision).toMatchObject({ number: latestBefore + 1, restoredFrom: 1, publicNote: 'Restores revision 1' });
    const latest = await revisions.get(documentId, 'en', latestBefore + 1);
    expect(latest.snapshot.content.sections).toEqual(one.snapshot.content.sections);
  });

  it('unpublishing takes the piece off the public API; revisions stay', async () => {
    await app.strapi.documents(EXPLAINER as any).unpublish({ documentId } as any);
    expect((await app.http().get(`${PUBLIC}/pokrovsk`)).status).toBe(404);
    expect((await app.http().get(PUBLIC)).body.data).toEqual([]);
    expect((await revisionNumbers(app, documentId)).length).toBeGreaterThan(5);
  });
});

/**
 * Claims and maps are shared, live records: restoring a revision puts back the explainer's own
 * fields, body and list of claims, not each claim's status or each map's version. The restore says
 * which of the revision's claims and maps differ now. A piece of its own, so its revisions are 1, 2, 3.
 */
describe('what a restore cannot bring back', () => {
  const MAP = 'plugin::conflict-explainer.map';
  const DESK = '/conflict-explainer/claims';
  let piece: string;
  const claims: Record<'changed' | 'same' | 'deleted', string> = { changed: '', same: '', deleted: '' };
  const maps: Record<'changed' | 'deleted', string> = { changed: '', deleted: '' };
  const STATEMENT = 'The General Staff said its forces around Kurakhove had not been encircled.';
  // Longer than a list line: the label is shortened at a word, with an ellipsis.
  const LONG = 'A Telegram channel close to the Russian military said the Kurakhove reservoir dam had been hit by a guided bomb overnight and that water was rising in the town.';

  const preview = (number: number | string, doc = piece, session = admin) =>
    app.http().get(`${ADMIN}/${doc}/revisions/${number}/restore-preview`).set(bearer(session));
  const publish = (publicNote: string) => app.http().post(`${ADMIN}/${piece}/publish`).set(bearer(admin)).send({ kind: 'update', publicNote });

  beforeAll(async () => {
    const actor = await app.strapi.db.query('plugin::conflict-explainer.actor' as any).findOne({ where: { name: { $containsi: 'General Staff' } } });
    const seededMap = await app.strapi.db.query(MAP as any).findOne({ where: { title: { $notNull: true } } });
    const newClaim = async (statement: string) =>
      (await app.strapi.documents(CLAIM as any).create({ data: { statement, claimant: actor.documentId, medium: 'statement' } } as any)).documentId as string;
    const newMap = async (title: string) =>
      (
        await app.strapi.documents(MAP as any).create({
          data: { title, sourceLine: 'Source: ISW', asOf: '2025-11-05', geojson: structuredClone(seededMap.geojson), textDescription: `${title}, described.` },
        } as any)
      ).documentId as string;
    claims.changed = await newClaim(STATEMENT);
    claims.same = await newClaim('Russia’s defence ministry said its forces had entered Kurakhove.');
    claims.deleted = await newClaim(LONG);
    maps.changed = await newMap('Kurakhove close-up');
    maps.deleted = await newMap('Kurakhove and the reservoir');
    const created = await app.strapi.documents(EXPLAINER as any).create({
      data: {
        title: 'Why Kurakhove matters',
        slug: 'kurakhove-restore-test',
        situationStatus: 'developing',
        body: [
          { __component: 'conflict-explainer.rich-text', content: [{ type: 'paragraph', children: [{ type: 'text', text: 'Kurakhove sits on a reservoir.' }] }] },
          { __component: 'conflict-explainer.map-embed', map: maps.changed },
          { __component: 'conflict-explainer.claim-embed', claim: claims.changed },
          { __component: 'conflict-explainer.map-embed', map: maps.deleted },
        ],
        claims: [claims.same, claims.deleted],
      },
    } as any);
    piece = created.documentId;
    const first = await publish('First published');
    expect(first.body.data).toMatchObject({ changed: true, revision: { number: 1 } });
  });

  it('a revision identical to the live claims and maps has nothing to list', async () => {
    const res = await preview(1);
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ documentId: piece, number: 1, notRestored: [] });
  });

  it('lists exactly the claim whose status changed and the map whose as-of date changed since the revision', async () => {
    const claim = (await app.http().get(`${DESK}/${claims.changed}`).set(bearer(admin))).body.data;
    const status = await app.http().post(`${DESK}/${claims.changed}/status`).set(bearer(admin)).send({ version: claim.version, status: 'disputed', reason: 'Local officials contradict it' });
    expect(status.status).toBe(200);
    const map = await app.http().put(`/content-manager/collection-types/${MAP}/${maps.changed}`).set(bearer(admin)).send({ asOf: '2025-11-07' });
    expect(map.status).toBe(200);
    const second = await publish('Updated 7 Nov');
    expect(second.body.data).toMatchObject({ changed: true, revision: { number: 2 } });

    const res = await preview(1);
    expect(res.status).toBe(200);
    expect(res.body.data.notRestored).toEqual([
      { kind: 'claim', documentId: claims.changed, label: STATEMENT, then: 'unverified', now: 'disputed', changed: ['status'], deleted: false },
      { kind: 'map', documentId: maps.changed, title: 'Kurakhove close-up', thenAsOf: '2025-11-05', nowAsOf: '2025-11-07', changed: ['asOf'], deleted: false },
    ]);
    // Revision 2 is the live state: nothing to list.
    expect((await preview(2)).body.data.notRestored).toEqual([]);
  });

  it('also lists a claim whose source changed and a map whose source line changed (details), and not a claim only re-verified', async () => {
    const sameClaim = (await app.http().get(`${DESK}/${claims.same}`).set(bearer(admin))).body.data;
    const edited = await app.http().put(`${DESK}/${claims.same}`).set(bearer(admin)).send({ version: sameClaim.version, sourceUrl: 'https://t.me/mod_russia/51234' });
    expect(edited.status).toBe(200);
    const changedClaim = (await app.http().get(`${DESK}/${claims.changed}`).set(bearer(admin))).body.data;
    const verified = await app.http().post(`${DESK}/${claims.changed}/verify`).set(bearer(admin)).send({ version: changedClaim.version });
    expect(verified.status).toBe(200);
    const map = await app.http().put(`/content-manager/collection-types/${MAP}/${maps.changed}`).set(bearer(admin)).send({ sourceLine: 'Source: ISW, DeepState' });
    expect(map.status).toBe(200);

    const res = await preview(2);
    expect(res.status).toBe(200);
    expect(res.body.data.notRestored).toEqual([
      { kind: 'claim', documentId: claims.same, label: 'Russia’s defence ministry said its forces had entered Kurakhove.', then: 'unverified', now: 'unverified', changed: ['details'], deleted: false },
      { kind: 'map', documentId: maps.changed, title: 'Kurakhove close-up', thenAsOf: '2025-11-07', nowAsOf: '2025-11-07', changed: ['details'], deleted: false },
    ]);
    // Put them back as revision 2 has them: the later tests expect only the earlier changes.
    const again = (await app.http().get(`${DESK}/${claims.same}`).set(bearer(admin))).body.data;
    expect((await app.http().put(`${DESK}/${claims.same}`).set(bearer(admin)).send({ version: again.version, sourceUrl: null })).status).toBe(200);
    expect((await app.http().put(`/content-manager/collection-types/${MAP}/${maps.changed}`).set(bearer(admin)).send({ sourceLine: 'Source: ISW' })).status).toBe(200);
    expect((await preview(2)).body.data.notRestored).toEqual([]);
  });

  it('refuses a malformed number naming the field, and answers 404 for an unknown revision or explainer', async () => {
    for (const bad of ['0', '-1', 'abc', '1.5']) {
      const res = await preview(bad);
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors[0].path).toEqual(['number']);
    }
    expect((await preview(999)).status).toBe(404);
    expect((await preview(1, 'no-such-explainer')).status).toBe(404);
  });

  it('needs the restore permission, like the restore', async () => {
    const reader = await editorWithPermissions(app, admin, ['plugin::conflict-explainer.revisions.read']);
    expect((await preview(1, piece, reader)).status).toBe(403);
    const restorer = await editorWithPermissions(app, admin, ['plugin::conflict-explainer.revisions.restore']);
    expect((await preview(1, piece, restorer)).status).toBe(200);
  });

  it('the restore answers with the same list, and leaves the claim and the map as they are now', async () => {
    const expected = (await preview(1)).body.data.notRestored;
    expect(expected).toHaveLength(2);
    const res = await app.http().post(`${ADMIN}/${piece}/revisions/1/restore`).set(bearer(admin));
    expect(res.status).toBe(200);
    expect(res.body.data).toEqual({ documentId: piece, restoredFrom: 1, message: 'Revision 1 is now the draft. Publish it to make it live.', notRestored: expected });
    const claim = await app.strapi.db.query(CLAIM as any).findOne({ where: { documentId: claims.changed } });
    expect(claim.claimStatus).toBe('disputed');
    const map = await app.strapi.db.query(MAP as any).findOne({ where: { documentId: maps.changed } });
    expect(map.asOf).toBe('2025-11-07');
  });

  it('says which claims and maps were deleted since, and still restores the rest', async () => {
    await app.strapi.documents(CLAIM as any).delete({ documentId: claims.deleted } as any);
    await app.strapi.documents(MAP as any).delete({ documentId: maps.deleted } as any);
    const res = await preview(2);
    expect(res.status).toBe(200);
    expect(res.body.data.notRestored).toEqual([
      { kind: 'claim', documentId: claims.deleted, label: 'A Telegram channel close to the Russian military said the Kurakhove reservoir dam had been hit by…', then: 'unverified', now: null, changed: [], deleted: true },
      { kind: 'map', documentId: maps.deleted, title: 'Kurakhove and the reservoir', thenAsOf: '2025-11-05', nowAsOf: null, changed: [], deleted: true },
    ]);
    const restored = await app.http().post(`${ADMIN}/${piece}/revisions/2/restore`).set(bearer(admin));
    expect(restored.status).toBe(200);
    expect(restored.body.data.notRestored).toEqual(res.body.data.notRestored);
    const draft: any = await app.strapi.documents(EXPLAINER as any).findOne({ documentId: piece, status: 'draft', populate: { claims: true, body: { on: { 'conflict-explainer.rich-text': true, 'conflict-explainer.map-embed': { populate: { map: true } }, 'conflict-explainer.claim-embed': true } } } } as any);
    expect(draft.claims.map((c: any) => c.documentId)).toEqual([claims.same]);
    // The deleted map's block leaves the body; the rest of revision 2's body is back.
    expect(draft.body.map((b: any) => b.__component)).toEqual(['conflict-explainer.rich-text', 'conflict-explainer.map-embed', 'conflict-explainer.claim-embed']);
    expect(draft.body[1].map.documentId).toBe(maps.changed);
  });
});
