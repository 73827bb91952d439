import { bearer, registerSuperAdmin, type AdminSession } from '../helpers/admin';
import { CLAIM, EXPLAINER, pokrovskDocumentId, REVISION } from '../helpers/explainer';
import { startStrapi, type TestApp } from '../helpers/strapi';

const PLUGIN = 'plugin::conflict-explainer';
const MAP = `${PLUGIN}.map`;
const ACTOR = `${PLUGIN}.actor`;
const CM = '/content-manager/collection-types';
const DESK = '/conflict-explainer/claims';

let app: TestApp;
let admin: AdminSession;
let explainer: string;

beforeAll(async () => {
  app = await startStrapi();
  admin = await registerSuperAdmin(app);
  explainer = await pokrovskDocumentId(app);
});
afterAll(async () => app?.stop());

const get = (path: string) => app.http().get(path).set(bearer(admin));
const put = (path: string, body: object) => app.http().put(path).set(bearer(admin)).send(body);
const post = (path: string, body: object = {}) => app.http().post(path).set(bearer(admin)).send(body);

const configuration = async (uid: string) => {
  const res = await get(`/content-manager/content-types/${uid}/configuration`);
  expect(res.status).toBe(200);
  return res.body.data;
};

/** The draft as the edit view loads it (without `status`, which the view shows but does not send). */
const cmDraft = async () => {
  const res = await get(`${CM}/${EXPLAINER}/${explainer}`);
  expect(res.status).toBe(200);
  const { status, ...draft } = res.body.data;
  return draft;
};

const claimRow = (where: object) => app.strapi.db.query(CLAIM as any).findOne({ where });

const activities = async () => {
  const res = await get(`/conflict-explainer/explainers/${explainer}/activities`);
  expect(res.status).toBe(200);
  return res.body.data as { action: string; actorName: string | null; revisionNumber: number | null; detail: Record<string, any> | null; at: string }[];
};

const until = async <T>(read: () => Promise<T | undefined | null | false>, ms = 15_000): Promise<T> => {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
};

describe('the seed looks like a newsroom’s day one', () => {
  it('has every claim verified by a named editor and revision 1 by that editor', async () => {
    const claims = (await get(`${DESK}?pageSize=100&explainer=${explainer}`)).body.data as any[];
    expect(claims.length).toBeGreaterThan(0);
    const seeded = claims.filter((c) => c.statement && !c.statement.startsWith('A claim'));
    expect(seeded.every((c) => c.lastVerifiedAt !== null)).toBe(true);
    expect(seeded.every((c) => c.lastEditedBy === 'Playground Editor')).toBe(true);
    const first = await app.strapi.db.query(REVISION as any).findOne({ where: { explainerDocumentId: explainer, number: 1 } });
    expect(first.editorName).toBe('Playground Editor');
  });
});

describe('names: main fields and block headers', () => {
  it('names every type by its human field in the Content Manager, relation pickers included', async () => {
    expect((await configuration(CLAIM)).contentType.settings.mainField).toBe('statement');
    expect((await configuration(ACTOR)).contentType.settings.mainField).toBe('name');
    expect((await configuration(MAP)).contentType.settings.mainField).toBe('title');
    const article = await configuration(EXPLAINER);
    expect(article.contentType.settings.mainField).toBe('title');
    // "Claims tracked" and the claim block's picker show the statement, the map block's the title.
    expect(article.contentType.metadatas.claims.edit.mainField).toBe('statement');
    expect(article.components[`conflict-explainer.claim-embed`].metadatas.claim.edit.mainField).toBe('statement');
    expect(article.components[`conflict-explainer.map-embed`].metadatas.map.edit.mainField).toBe('title');
    expect(article.components[`conflict-explainer.quote`].metadatas.speaker.edit.mainField).toBe('name');
    expect((await configuration(CLAIM)).contentType.metadatas.claimant.edit.mainField).toBe('name');
  });

  it('gives every body block a header saying what it holds', async () => {
    const mainFields = Object.fromEntries(
      Object.entries((await configuration(EXPLAINER)).components).map(([uid, component]: [string, any]) => [uid, component.settings.mainField])
    );
    expect(mainFields).toMatchObject({
      'conflict-explainer.section-heading': 'question',
      'conflict-explainer.credited-image': 'caption',
      'conflict-explainer.rich-text': 'summary',
      'conflict-explainer.map-embed': 'summary',
      'conflict-explainer.claim-embed': 'summary',
      'conflict-explainer.quote': 'summary',
    });
    const draft = await cmDraft();
    const headerOf = (block: any) => block[mainFields[block.__component]];
    // Every one of the seeded piece's blocks has a header, and none is the same as the block's kind.
    for (const block of draft.body) expect(typeof headerOf(block) === 'string' && headerOf(block).length > 3).toBe(true);
    const text = draft.body.find((b: any) => b.__component === 'conflict-explainer.rich-text');
    const firstText = text.content[0].children[0].text as string;
    expect(firstText.startsWith(headerOf(text).replace(/…$/, ''))).toBe(true);
    expect(headerOf(text).length).toBeLessThanOrEqual(81);
    const claimBlock = draft.body.find((b: any) => b.__component === 'conflict-explainer.claim-embed');
    const claimRowOf = await app.strapi.db.query('conflict-explainer.claim-embed' as any).findOne({ where: { id: claimBlock.id }, populate: { claim: true } });
    expect(claimRowOf.claim.statement.startsWith(headerOf(claimBlock).replace(/…$/, ''))).toBe(true);
    const mapBlock = draft.body.find((b: any) => b.__component === 'conflict-explainer.map-embed');
    const mapRow = await app.strapi.db.query('conflict-explainer.map-embed' as any).findOne({ where: { id: mapBlock.id }, populate: { map: true } });
    expect(headerOf(mapBlock)).toBe(mapRow.map.title);
    // The summary is the server's: read-only and hidden in the edit view.
    const textConfig = (await configuration(EXPLAINER)).components['conflict-explainer.rich-text'].metadatas.summary.edit;
    expect(textConfig).toMatchObject({ editable: false, visible: false });
  });

  it('names a quote block by its speaker and first words', async () => {
    const actor = await app.strapi.db.query(ACTOR as any).findOne({ where: { name: 'Russian Ministry of Defence' } });
    const draft = await cmDraft();
    const quote = { __component: 'conflict-explainer.quote', text: 'Units of the Centre group of forces continued to destroy the encircled enemy formations.', speaker: { connect: [{ id: actor.id, documentId: actor.documentId }] } };
    expect((await put(`${CM}/${EXPLAINER}/${explainer}`, { ...draft, body: [...draft.body, quote] })).status).toBe(200);
    const after = await cmDraft();
    expect(after.body.at(-1).summary).toBe('Russian Ministry of Defence: “Units of the Centre group of forces continued to destroy…”');
  });

  it('keeps headers current after a Content Manager save and when a shown map is renamed', async () => {
    const draft = await cmDraft();
    const index = draft.body.findIndex((b: any) => b.__component === 'conflict-explainer.rich-text');
    const body = structuredClone(draft.body);
    body[index].content = [{ type: 'paragraph', children: [{ type: 'text', text: 'Pokrovsk was a logistics hub of sixty thousand people before the war reached it, and its fall would open the road west.' }] }];
    body[index].summary = 'hand-written header';
    const saved = await put(`${CM}/${EXPLAINER}/${explainer}`, { ...draft, body });
    expect([saved.status, saved.body.error]).toEqual([200, undefined]);
    const after = await cmDraft();
    expect(after.body[index].summary).toBe('Pokrovsk was a logistics hub of sixty thousand people before the war reached…');

    const mapBlock = after.body.find((b: any) => b.__component === 'conflict-explainer.map-embed');
    const row = await app.strapi.db.query('conflict-explainer.map-embed' as any).findOne({ where: { id: mapBlock.id }, populate: { map: true } });
    await app.strapi.documents(MAP as any).update({ documentId: row.map.documentId, data: { title: 'Pokrovsk and Myrnohrad, renamed' } } as any);
    const renamed = await cmDraft();
    expect(renamed.body.find((b: any) => b.__component === mapBlock.__component && b.id === mapBlock.id).summary).toBe('Pokrovsk and Myrnohrad, renamed');
  });
});

describe('system fields are not hand-editable', () => {
  it('shows version, last edited by and last verified read-only in the edit view', async () => {
    const { metadatas } = (await configuration(CLAIM)).contentType;
    for (const field of ['version', 'lastEditedBy', 'lastVerifiedAt']) expect(metadatas[field].edit.editable).toBe(false);
  });

  it('refuses a hand-written value through the Content Manager, naming the field, and saves nothing', async () => {
    const row = await claimRow({ statement: { $contains: 'cauldron' } });
    const open = (await get(`${CM}/${CLAIM}/${row.documentId}`)).body.data;
    for (const [field, value] of [
      ['version', open.version + 5],
      ['lastEditedBy', 'Mallory'],
      ['lastVerifiedAt', '2030-01-01T00:00:00.000Z'],
    ] as const) {
      const res = await put(`${CM}/${CLAIM}/${row.documentId}`, { ...open, internalNote: 'should not be saved', [field]: value });
      expect(res.status).toBe(400);
      expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual([field]);
      expect(res.body.error.message).toContain(field);
    }
    const unchanged = await claimRow({ documentId: row.documentId });
    expect(unchanged.version).toBe(row.version);
    expect(unchanged.internalNote).toBe(row.internalNote);
    // The form as the Content Manager sends it back, system fields unchanged: saved, counted and named.
    const ok = await put(`${CM}/${CLAIM}/${row.documentId}`, { ...open, internalNote: 'Checked against the ministry’s channel' });
    expect(ok.status).toBe(200);
    const savedRow = await claimRow({ documentId: row.documentId });
    expect(savedRow.version).toBe(row.version + 1);
    expect(savedRow.lastEditedBy).toBe('Desk Editor');
  });

  it('refuses a hand-written value through strapi.documents(), while the desk still sets them', async () => {
    const row = await claimRow({ statement: { $contains: 'cauldron' } });
    await expect(app.strapi.documents(CLAIM as any).update({ documentId: row.documentId, data: { lastEditedBy: 'Script' } } as any)).rejects.toMatchObject({
      name: 'ValidationError',
      details: { errors: [expect.objectContaining({ path: ['lastEditedBy'] })] },
    });
    const actor = await app.strapi.db.query(ACTOR as any).findOne({ select: ['documentId'], where: {} });
    await expect(app.strapi.documents(CLAIM as any).create({ data: { statement: 'A claim', claimant: actor.documentId, version: 7 } } as any)).rejects.toMatchObject({
      details: { errors: [expect.objectContaining({ path: ['version'] })] },
    });
    await expect(app.strapi.documents(REVISION as any).update({ documentId: 'x', data: { publicNote: 'rewritten' } } as any)).rejects.toMatchObject({ name: 'ValidationError' });
    const before = Date.now();
    const verified = await post(`${DESK}/${row.documentId}/verify`, { version: row.version });
    expect(verified.status).toBe(200);
    expect(Date.parse(verified.body.data.lastVerifiedAt)).toBeGreaterThanOrEqual(before - 1000);
  });
});

describe('activity and the publish answer', () => {
  it('records a status change, a publish and a settings change with who, what and ids to link to', async () => {
    const claim = (await get(`${DESK}?search=encircled`)).body.data[0];
    const changed = await post(`${DESK}/${claim.documentId}/status`, { version: claim.version, status: 'disputed', reason: 'Hromadske sources contradict it' });
    expect(changed.status).toBe(200);
    const published = await post(`/conflict-explainer/explainers/${explainer}/publish`, { kind: 'update', publicNote: 'Adds the dispute over the encirclement' });
    expect(published.status).toBe(200);
    // The panel's next state, in the same answer: no second request, no "unpublished changes" gap.
    expect(published.body.data.changed).toBe(true);
    expect(published.body.data.status.latest.number).toBe(published.body.data.revision.number);
    expect(published.body.data.status.hasPendingChanges).toBe(false);
    const target = await post('/conflict-explainer/sync/targets', { name: 'Closed port', url: 'http://127.0.0.1:9/hook', secret: `whsec_${Buffer.from('x'.repeat(32)).toString('base64')}`, enabled: false });
    expect(target.status).toBeLessThan(300);

    const log = await activities();
    const status = log.find((a) => a.action === 'claim.status');
    expect(status).toMatchObject({ actorName: 'Desk Editor', detail: expect.objectContaining({ claimDocumentId: claim.documentId, from: 'unverified', to: 'disputed', reason: 'Hromadske sources contradict it' }) });
    const publish = log.find((a) => a.action === 'revision.publish');
    expect(publish).toMatchObject({ actorName: 'Desk Editor', revisionNumber: published.body.data.revision.number, detail: expect.objectContaining({ kind: 'update', note: 'Adds the dispute over the encirclement' }) });
    expect(log.find((a) => a.action === 'sync.target.create')).toMatchObject({ detail: expect.objectContaining({ targetName: 'Closed port' }) });
    expect(JSON.stringify(log)).not.toContain('whsec_');
    // Newest first.
    expect(log.findIndex((a) => a.action === 'sync.target.create')).toBeLessThan(log.findIndex((a) => a.action === 'claim.status'));
  });

  it('records a failing delivery once, not at every retry', async () => {
    const target = await post('/conflict-explainer/sync/targets', { name: 'Down site', url: 'http://127.0.0.1:9/hook', secret: `whsec_${Buffer.from('y'.repeat(32)).toString('base64')}`, enabled: true });
    expect(target.status).toBeLessThan(300);
    await app.strapi.documents(EXPLAINER as any).update({ documentId: explainer, data: { standfirst: 'A new standfirst for the failing site.' } } as any);
    const published = await post(`/conflict-explainer/explainers/${explainer}/publish`, { kind: 'update' });
    expect(published.body.data.changed).toBe(true);
    const failed = await until(async () => (await activities()).find((a) => a.action === 'delivery.failed' && a.revisionNumber === published.body.data.revision.number));
    expect(failed.detail).toMatchObject({ targetName: 'Down site', deliveryId: expect.any(Number) });
    expect(failed.detail!.error).toBeTruthy();
    await new Promise((resolve) => setTimeout(resolve, 3000)); // a few retries
    expect((await activities()).filter((a) => a.action === 'delivery.failed' && a.detail?.deliveryId === failed.detail!.deliveryId)).toHaveLength(1);
    await app.http().delete(`/conflict-explainer/sync/targets/${target.body.data.id}`).set(bearer(admin));
  });

  it('gives the Content Manager’s own Publish the kind and note chosen in the dialog', async () => {
    const refused = await put(`/conflict-explainer/explainers/${explainer}/publish-intent`, { kind: 'correction' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.details.errors[0].path).toEqual(['publicNote']);
    const staged = await put(`/conflict-explainer/explainers/${explainer}/publish-intent`, { kind: 'correction', publicNote: 'Corrects the date of the first assault' });
    expect(staged.status).toBe(200);
    const draft = await cmDraft();
    const res = await post(`${CM}/${EXPLAINER}/${explainer}/actions/publish`, { ...draft, standfirst: 'Corrected standfirst, saved and published in one go.' });
    expect(res.status).toBe(200);
    const latest = await app.strapi.db.query(REVISION as any).findOne({ where: { explainerDocumentId: explainer }, orderBy: { number: 'desc' } });
    expect(latest).toMatchObject({ kind: 'correction', publicNote: 'Corrects the date of the first assault', editorName: 'Desk Editor' });
    // Taken once: the next plain publish is an update with the stated default note.
    const draftAgain = await cmDraft();
    await post(`${CM}/${EXPLAINER}/${explainer}/actions/publish`, { ...draftAgain, standfirst: 'Another standfirst.' });
    const next = await app.strapi.db.query(REVISION as any).findOne({ where: { explainerDocumentId: explainer }, orderBy: { number: 'desc' } });
    expect(next.number).toBe(latest.number + 1);
    expect(next.kind).toBe('update');
    expect(next.publicNote).toBeTruthy();
    expect((await activities()).find((a) => a.revisionNumber === next.number && a.action === 'revision.publish')).toBeTruthy();
  });
});
