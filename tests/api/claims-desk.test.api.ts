import { bearer, createApiToken, editorWithPermissions, registerSuperAdmin, type AdminSession } from '../helpers/admin';
import { CLAIM, editDraft, EXPLAINER, pokrovskDocumentId } from '../helpers/explainer';
import { startStrapi, type TestApp } from '../helpers/strapi';

const DESK = '/conflict-explainer/claims';
const EVENTS = 'plugin::conflict-explainer.claim-status-event';

let app: TestApp;
let admin: AdminSession;
let explainer: string;

beforeAll(async () => {
  app = await startStrapi();
  admin = await registerSuperAdmin(app);
  explainer = await pokrovskDocumentId(app);
});
afterAll(async () => app?.stop());

const get = (path: string, session = admin) => app.http().get(path).set(bearer(session));
const post = (path: string, body: object, session = admin) => app.http().post(path).set(bearer(session)).send(body);
const put = (path: string, body: object, session = admin) => app.http().put(path).set(bearer(session)).send(body);

const claimBy = async (pattern: string) => {
  const res = await get(`${DESK}?search=${encodeURIComponent(pattern)}`);
  expect(res.body.data).toHaveLength(1);
  return res.body.data[0];
};

const eventCount = () => app.strapi.db.query(EVENTS as any).count();

describe('listing the seeded piece’s claims', () => {
  it('defaults to the Pokrovsk piece and pages through its claims', async () => {
    const first = await get(`${DESK}?pageSize=5&sort=statement:asc`);
    expect(first.status).toBe(200);
    expect(first.body.meta.pagination).toMatchObject({ page: 1, pageSize: 5, total: 12, pageCount: 3 });
    const all = await get(`${DESK}?pageSize=100&sort=statement:asc&explainer=${explainer}`);
    expect(all.body.data.map((c: any) => c.statement).slice(0, 5)).toEqual(first.body.data.map((c: any) => c.statement));
    const third = await get(`${DESK}?pageSize=5&page=3&sort=statement:asc`);
    expect(third.body.data).toHaveLength(2);
  });

  it('filters by status, actor, side and staleness', async () => {
    const disputed = await get(`${DESK}?status=disputed&pageSize=100`);
    expect(disputed.body.data.length).toBeGreaterThan(0);
    expect(disputed.body.data.every((c: any) => c.claimStatus === 'disputed')).toBe(true);
    const russian = await get(`${DESK}?side=russia&pageSize=100`);
    expect(russian.body.data.every((c: any) => c.claimant.side === 'russia')).toBe(true);
    const ministry = russian.body.data.find((c: any) => /cauldron/i.test(c.statement)).claimant.documentId;
    const byActor = await get(`${DESK}?actor=${ministry}&pageSize=100`);
    expect(byActor.body.data.length).toBeGreaterThanOrEqual(2);
    expect(byActor.body.data.every((c: any) => c.claimant.documentId === ministry)).toBe(true);
    // The seed verified every claim; one last checked two days ago is the only stale one.
    expect((await get(`${DESK}?staleHours=24&pageSize=100`)).body.meta.pagination.total).toBe(0);
    const old = await app.strapi.db.query(CLAIM as any).findOne({ where: { statement: { $contains: 'cauldron' } } });
    // Backdated without touching updatedAt (which "changed since publish" reads): the raw value put back as stored.
    const claims = () => app.strapi.db.connection('conflict_explainer_claims').where({ document_id: old.documentId });
    const { updated_at: updatedAt } = await claims().first('updated_at');
    await app.strapi.db.query(CLAIM as any).update({ where: { documentId: old.documentId }, data: { lastVerifiedAt: new Date(Date.now() - 48 * 3600 * 1000) } });
    await claims().update({ updated_at: updatedAt });
    const stale = await get(`${DESK}?staleHours=24&pageSize=100`);
    expect(stale.body.data.map((c: any) => c.documentId)).toEqual([old.documentId]);
    expect(stale.body.data.every((c: any) => c.stale)).toBe(true);
  });

  it('shows internal notes to the desk, never to the content API', async () => {
    const desk = await get(`${DESK}?pageSize=100`);
    expect(desk.body.data.filter((c: any) => c.internalNote).length).toBeGreaterThan(5);
    const token = await createApiToken(app, admin);
    const rest = await app.http().get('/api/conflict-explainer/manage/claims?pagination[pageSize]=100').set('Authorization', `Bearer ${token}`);
    expect(rest.status).toBe(200);
    expect(rest.body.data.length).toBe(12);
    expect(JSON.stringify(rest.body)).not.toContain('internalNote');
  });

  it('refuses unknown filters and bad values, naming them', async () => {
    const res = await get(`${DESK}?status=probably`);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['status']);
    expect((await get(`${DESK}?pageSize=1000`)).status).toBe(400);
    expect((await get(`${DESK}?colour=red`)).status).toBe(400);
  });
});

describe('status changes', () => {
  it('records from, to, reason, who and when, and re-verifies the claim', async () => {
    const claim = await claimBy('encircled');
    const res = await post(`${DESK}/${claim.documentId}/status`, { version: claim.version, status: 'disputed', reason: 'Hromadske sources say 1,000 troops at risk' });
    expect(res.status).toBe(200);
    expect(res.body.data).toMatchObject({ claimStatus: 'disputed', version: claim.version + 1, stale: false, changedSincePublish: true });
    const last = res.body.data.history.at(-1);
    expect(last).toMatchObject({ fromStatus: 'unverified', toStatus: 'disputed', reason: 'Hromadske sources say 1,000 troops at risk', changedByName: 'Desk Editor' });
    expect(Date.now() - Date.parse(last.changedAt)).toBeLessThan(60_000);
    const changed = await get(`${DESK}?changedSincePublish=true&pageSize=100`);
    expect(changed.body.data.map((c: any) => c.documentId)).toEqual([claim.documentId]);
  });

  it('history is appended, never rewritten', async () => {
    // Stands alone: two changes of its own, whatever earlier tests did to the claim.
    const claim = await claimBy('encircled');
    const earlier = (await get(`${DESK}/${claim.documentId}`)).body.data.history;
    const next = claim.claimStatus === 'corroborated' ? 'confirmed' : 'corroborated';
    const first = await post(`${DESK}/${claim.documentId}/status`, { version: claim.version, status: next, reason: 'first look' });
    expect(first.status).toBe(200);
    const second = await post(`${DESK}/${claim.documentId}/status`, { version: first.body.data.version, status: 'denied', reason: 'second look' });
    expect(second.status).toBe(200);
    const history = (await get(`${DESK}/${claim.documentId}`)).body.data.history;
    expect(history.slice(0, earlier.length)).toEqual(earlier);
    expect(history.slice(earlier.length).map((h: any) => [h.fromStatus, h.toStatus, h.reason])).toEqual([
      [claim.claimStatus, next, 'first look'],
      [next, 'denied', 'second look'],
    ]);
  });

  const refusedWithoutTrace = async (documentId: string, body: object, path: string, url = `${DESK}/${documentId}/status`) => {
    const before = { events: await eventCount(), claim: (await get(`${DESK}/${documentId}`)).body.data };
    const res = await post(url, body);
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toContain(path);
    expect(await eventCount()).toBe(before.events);
    const after = (await get(`${DESK}/${documentId}`)).body.data;
    expect(after.version).toBe(before.claim.version);
    expect(after.links).toEqual(before.claim.links);
  };

  it('a missing or blank reason, an unknown status, a missing version: 400, nothing stored', async () => {
    const claim = await claimBy('no-man');
    await refusedWithoutTrace(claim.documentId, { version: claim.version, status: 'confirmed' }, 'reason');
    await refusedWithoutTrace(claim.documentId, { version: claim.version, status: 'confirmed', reason: '   ' }, 'reason');
    await refusedWithoutTrace(claim.documentId, { version: claim.version, status: 'probably', reason: 'x' }, 'status');
    await refusedWithoutTrace(claim.documentId, { status: 'confirmed', reason: 'x' }, 'version');
  });

  it('a link to a missing claim, or to itself: 400, nothing stored', async () => {
    const claim = await claimBy('no-man');
    const links = `${DESK}/${claim.documentId}/links`;
    await refusedWithoutTrace(claim.documentId, { kind: 'contradicts', target: 'doesnotexist000' }, 'target', links);
    await refusedWithoutTrace(claim.documentId, { kind: 'contradicts', target: claim.documentId }, 'target', links);
    await refusedWithoutTrace(claim.documentId, { kind: 'rebuts', target: claim.documentId }, 'kind', links);
  });

  it('links and unlinks counter-claims, visible from both sides', async () => {
    const deepstate = await claimBy('no-man');
    const cauldrons = await claimBy('cauldron');
    const linked = await post(`${DESK}/${deepstate.documentId}/links`, { kind: 'contradicts', target: cauldrons.documentId });
    expect(linked.status).toBe(200);
    expect(linked.body.data.links.contradicts.map((c: any) => c.documentId)).toContain(cauldrons.documentId);
    const other = await get(`${DESK}/${cauldrons.documentId}`);
    expect(other.body.data.links.contradictedBy.map((c: any) => c.documentId)).toContain(deepstate.documentId);
    const unlinked = await app.http().delete(`${DESK}/${deepstate.documentId}/links/contradicts/${cauldrons.documentId}`).set(bearer(admin));
    expect(unlinked.status).toBe(200);
    expect(unlinked.body.data.links.contradicts).toEqual([]);
  });
});

describe('no lost edits', () => {
  it('of two editors saving the same version, exactly one wins; the other gets 409 with the current claim (50 pairs)', async () => {
    const claim = await claimBy('Kofman');
    let version = claim.version;
    for (let pair = 0; pair < 50; pair += 1) {
      const [a, b] = await Promise.all([
        put(`${DESK}/${claim.documentId}`, { version, internalNote: `editor A, round ${pair}` }),
        put(`${DESK}/${claim.documentId}`, { version, internalNote: `editor B, round ${pair}` }),
      ]);
      const statuses = [a.status, b.status].sort();
      expect(statuses).toEqual([200, 409]);
      const [winner, loser] = a.status === 200 ? [a, b] : [b, a];
      expect(loser.body.error).toMatchObject({ status: 409, name: 'ConflictError' });
      expect(loser.body.error.details.current).toMatchObject({ version: version + 1, internalNote: winner.body.data.internalNote });
      expect(loser.body.error.details.changedBy).toBe('Desk Editor');
      version += 1;
    }
    const final = await get(`${DESK}/${claim.documentId}`);
    expect(final.body.data.version).toBe(version);
  });

  it('a stale status change is refused the same way and records nothing', async () => {
    const claim = await claimBy('Kofman');
    const before = await eventCount();
    const res = await post(`${DESK}/${claim.documentId}/status`, { version: claim.version - 1, status: 'corroborated', reason: 'late' });
    expect(res.status).toBe(409);
    expect(await eventCount()).toBe(before);
  });

  it('Content Manager saves are versioned too, and a status change there still goes on record', async () => {
    const claim = await claimBy('Kofman');
    const cm = `/content-manager/collection-types/${CLAIM}/${claim.documentId}`;
    const stale = await put(cm, { version: claim.version - 1, claimStatus: 'corroborated' });
    expect(stale.status).toBe(409);
    const ok = await put(cm, { version: claim.version, claimStatus: 'corroborated' });
    expect(ok.status).toBe(200);
    const after = await get(`${DESK}/${claim.documentId}`);
    expect(after.body.data.version).toBe(claim.version + 1);
    expect(after.body.data.history.at(-1)).toMatchObject({ toStatus: 'corroborated', reason: expect.stringMatching(/outside the claims desk/) });
  });
});

describe('creating claims', () => {
  it('adds a claim from a new actor to the piece', async () => {
    const res = await post(DESK, {
      explainer,
      statement: 'Russian forces have entered Myrnohrad',
      newActor: { name: 'Rybar', kind: 'osint-group', side: 'russia' },
      medium: 'social-post',
      sourceUrl: 'https://t.me/rybar',
    });
    expect(res.status).toBe(201);
    expect(res.body.data).toMatchObject({ claimStatus: 'unverified', claimant: { name: 'Rybar', side: 'russia' }, version: 1 });
    expect(res.body.data.history).toEqual([expect.objectContaining({ fromStatus: null, toStatus: 'unverified', reason: 'Claim added' })]);
    const listed = await get(`${DESK}?pageSize=100`);
    expect(listed.body.meta.pagination.total).toBe(13);
  });

  it('refuses a claim with no claimant, or an unknown claimant, naming the field', async () => {
    const before = await app.strapi.db.query(CLAIM as any).count();
    const none = await post(DESK, { explainer, statement: 'Anonymous claim' });
    expect(none.status).toBe(400);
    expect(none.body.error.details.errors[0].path).toEqual(['claimant']);
    const unknown = await post(DESK, { explainer, statement: 'x', claimant: 'nosuchactor00' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details.errors[0].path).toEqual(['claimant']);
    const script = await post(DESK, { explainer, statement: '<img src=x onerror=alert(1)>', claimant: 'nosuchactor00' });
    expect(script.status).toBe(400);
    expect(await app.strapi.db.query(CLAIM as any).count()).toBe(before);
  });
});

describe('permissions', () => {
  it('an editor who may only read claims gets 403 on every change', async () => {
    const reader = await editorWithPermissions(app, admin, ['plugin::conflict-explainer.claims.read']);
    const claim = (await get(`${DESK}?pageSize=1`, reader)).body.data[0];
    expect(claim).toBeDefined();
    expect((await put(`${DESK}/${claim.documentId}`, { version: claim.version, statement: 'x' }, reader)).status).toBe(403);
    expect((await post(`${DESK}/${claim.documentId}/status`, { version: claim.version, status: 'false', reason: 'x' }, reader)).status).toBe(403);
    expect((await post(DESK, { explainer, statement: 'x', claimant: claim.claimant.documentId }, reader)).status).toBe(403);
    expect((await post('/conflict-explainer/actors', { name: 'X', kind: 'media', side: 'independent' }, reader)).status).toBe(403);
  });

  it('an editor who may edit but not change status gets 403 on status changes only', async () => {
    const editor = await editorWithPermissions(app, admin, ['plugin::conflict-explainer.claims.read', 'plugin::conflict-explainer.claims.edit']);
    const claim = (await get(`${DESK}?search=Zelensky`, editor)).body.data[0];
    expect((await post(`${DESK}/${claim.documentId}/status`, { version: claim.version, status: 'false', reason: 'x' }, editor)).status).toBe(403);
    expect((await put(`${DESK}/${claim.documentId}`, { version: claim.version, internalNote: 'ok' }, editor)).status).toBe(200);
    // Creating a new actor needs "manage actors" as well.
    expect((await post(DESK, { explainer, statement: 'y', newActor: { name: 'New one', kind: 'media', side: 'independent' } }, editor)).status).toBe(403);
  });

  it('no permission at all: 403 on reading too', async () => {
    const nobody = await editorWithPermissions(app, admin, []);
    expect((await get(DESK, nobody)).status).toBe(403);
  });
});

describe('the explainer list the plugin’s pages open with', () => {
  it('lists the pieces with their Content Manager status and live revision, for a claims-only editor too', async () => {
    const desk = await editorWithPermissions(app, admin, ['plugin::conflict-explainer.claims.read']);
    // The desk's edits above changed the draft; publishing makes it match again.
    const published = await post(`/conflict-explainer/explainers/${explainer}/publish`, { kind: 'update', publicNote: 'Claims desk update' });
    const live = published.body.data.revision.number;
    const listed = await get('/conflict-explainer/explainers', desk);
    expect(listed.status).toBe(200);
    const pokrovsk = listed.body.data.find((e: any) => e.documentId === explainer);
    expect(pokrovsk).toMatchObject({ slug: 'pokrovsk', status: 'published', latestRevision: live });
    expect(Object.keys(pokrovsk).sort()).toEqual(['documentId', 'editions', 'latestRevision', 'slug', 'status', 'title', 'updatedAt']);
    // An English-only app: one edition, the source, so never behind.
    expect(pokrovsk.editions).toEqual([{ locale: 'en', latestRevision: live, behind: null }]);

    await app.strapi.documents(EXPLAINER).create({ data: { title: 'Kostiantynivka: the next city in line', slug: 'kostiantynivka', situationStatus: 'developing' } } as any);
    await new Promise((resolve) => setTimeout(resolve, 10));
    await editDraft(app, explainer, 'A standfirst changed after the publish.');
    const again = (await get('/conflict-explainer/explainers', desk)).body.data;
    expect(again.map((e: any) => e.slug)).toEqual(['pokrovsk', 'kostiantynivka']);
    expect(again.map((e: any) => [e.status, e.latestRevision])).toEqual([['modified', live], ['draft', null]]);
  });

  it('is refused to an editor who may read neither claims nor revisions', async () => {
    const sync = await editorWithPermissions(app, admin, ['plugin::conflict-explainer.sync.manage']);
    expect((await get('/conflict-explainer/explainers', sync)).status).toBe(403);
    expect((await app.http().get('/conflict-explainer/explainers')).status).toBe(401);
  });
});
