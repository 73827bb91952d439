import { bearer, editorWithPermissions, registerSuperAdmin, type AdminSession } from '../helpers/admin';
import { allKeys, CLAIM, EXPLAINER, INTERNAL_KEYS, pokrovskDocumentId } from '../helpers/explainer';
import { startStrapi, type TestApp } from '../helpers/strapi';

/**
 * Table-driven abuse of every admin and public route: each bad input is a 4xx naming the field (or
 * 404/413 where there is no field), never a 5xx, and nothing is stored. Then a leak scan and the
 * RBAC matrix.
 */
let app: TestApp;
let admin: AdminSession;
let explainer: string;
let claim: { documentId: string; version: number };

beforeAll(async () => {
  app = await startStrapi();
  admin = await registerSuperAdmin(app);
  explainer = await pokrovskDocumentId(app);
  claim = (await app.http().get('/conflict-explainer/claims?pageSize=1').set(bearer(admin))).body.data[0];
});
afterAll(async () => app?.stop());

const TABLES = [
  'conflict_explainer_explainers',
  'conflict_explainer_claims',
  'conflict_explainer_actors',
  'conflict_explainer_maps',
  'conflict_explainer_revisions',
  'conflict_explainer_claim_status_events',
  'conflict_explainer_sync_targets',
  'conflict_explainer_sync_deliveries',
  'conflict_explainer_activities',
];
const snapshotOfTables = async () => {
  const counts: Record<string, number> = {};
  for (const table of TABLES) counts[table] = Number((await app.strapi.db.connection(table).count({ c: '*' }))[0].c);
  const versions = await app.strapi.db.connection('conflict_explainer_claims').select('document_id', 'version').orderBy('id');
  return { counts, versions };
};

const SCRIPT = '<script>alert(document.cookie)</script>';
let deep: unknown = 'x';
for (let i = 0; i < 3000; i += 1) deep = { a: deep };
const huge = 'x'.repeat(200_000);

/** Bodies are declared before the ids exist; placeholders are filled in when each case runs. */
const withIds = (body: unknown) =>
  JSON.parse(JSON.stringify(body).replaceAll('"$EXPLAINER"', JSON.stringify(explainer)).replaceAll('"$VERSION"', String(claim.version)));

type Case = { name: string; method: 'get' | 'post' | 'put' | 'delete'; path: () => string; body?: unknown; field?: string };

const cases: Case[] = [
  // Claims desk writes
  { name: 'claim without statement', method: 'post', path: () => '/conflict-explainer/claims', body: { explainer: '', claimant: 'x' }, field: 'statement' },
  { name: 'claim statement as number', method: 'post', path: () => '/conflict-explainer/claims', body: { explainer: '$EXPLAINER', statement: 42, claimant: 'abc' }, field: 'statement' },
  { name: 'claim with script', method: 'post', path: () => '/conflict-explainer/claims', body: { explainer: '$EXPLAINER', statement: SCRIPT, claimant: 'abc' }, field: 'statement' },
  { name: 'claim with unknown status', method: 'post', path: () => '/conflict-explainer/claims', body: { explainer: '$EXPLAINER', statement: 'x', claimant: 'abc', claimStatus: 'maybe' }, field: 'claimStatus' },
  { name: 'claim with oversized statement', method: 'post', path: () => '/conflict-explainer/claims', body: { explainer: '$EXPLAINER', statement: huge, claimant: 'abc' }, field: 'statement' },
  { name: 'claim body as array', method: 'post', path: () => '/conflict-explainer/claims', body: [1, 2, 3] },
  { name: 'claim with deeply nested field', method: 'post', path: () => '/conflict-explainer/claims', body: { explainer: '$EXPLAINER', statement: 'x', claimant: 'abc', newActor: deep } },
  { name: 'claim edit with unknown field', method: 'put', path: () => `/conflict-explainer/claims/${claim.documentId}`, body: { version: '$VERSION', claimStatus: 'false' } },
  { name: 'claim edit without version', method: 'put', path: () => `/conflict-explainer/claims/${claim.documentId}`, body: { statement: 'x' }, field: 'version' },
  { name: 'claim edit with script in note', method: 'put', path: () => `/conflict-explainer/claims/${claim.documentId}`, body: { version: '$VERSION', internalNote: SCRIPT }, field: 'internalNote' },
  { name: 'claim edit with javascript: URL', method: 'put', path: () => `/conflict-explainer/claims/${claim.documentId}`, body: { version: '$VERSION', sourceUrl: 'javascript:alert(1)' }, field: 'sourceUrl' },
  { name: 'claim edit of a missing claim', method: 'put', path: () => '/conflict-explainer/claims/doesnotexist', body: { version: 1, statement: 'x' } },
  { name: 'status with null reason', method: 'post', path: () => `/conflict-explainer/claims/${claim.documentId}/status`, body: { version: '$VERSION', status: 'false', reason: null }, field: 'reason' },
  { name: 'status as object', method: 'post', path: () => `/conflict-explainer/claims/${claim.documentId}/status`, body: { version: '$VERSION', status: { $ne: 1 }, reason: 'x' }, field: 'status' },
  { name: 'verify with string version', method: 'post', path: () => `/conflict-explainer/claims/${claim.documentId}/verify`, body: { version: 'latest' }, field: 'version' },
  { name: 'link with path trick', method: 'post', path: () => `/conflict-explainer/claims/${claim.documentId}/links`, body: { kind: 'supports', target: '../../etc/passwd' }, field: 'target' },
  { name: 'actor with script name', method: 'post', path: () => '/conflict-explainer/actors', body: { name: SCRIPT, kind: 'media', side: 'independent' }, field: 'name' },
  { name: 'actor with unknown side', method: 'post', path: () => '/conflict-explainer/actors', body: { name: 'X', kind: 'media', side: 'mars' }, field: 'side' },
  { name: 'desk list with SQL in sort', method: 'get', path: () => '/conflict-explainer/claims?sort=id;DROP TABLE x', field: 'sort' },
  { name: 'desk list with operator injection', method: 'get', path: () => '/conflict-explainer/claims?status[$ne]=x', field: 'status' },
  // Revisions
  { name: 'publish with unknown kind', method: 'post', path: () => `/conflict-explainer/explainers/${explainer}/publish`, body: { kind: 'rewrite' }, field: 'kind' },
  { name: 'publish with script note', method: 'post', path: () => `/conflict-explainer/explainers/${explainer}/publish`, body: { kind: 'update', publicNote: SCRIPT }, field: 'publicNote' },
  { name: 'publish with oversized note', method: 'post', path: () => `/conflict-explainer/explainers/${explainer}/publish`, body: { kind: 'update', publicNote: huge }, field: 'publicNote' },
  { name: 'publish of a missing explainer', method: 'post', path: () => '/conflict-explainer/explainers/nope/publish', body: { kind: 'update' } },
  { name: 'revision number not a number', method: 'get', path: () => `/conflict-explainer/explainers/${explainer}/revisions/abc`, field: 'number' },
  { name: 'compare without numbers', method: 'get', path: () => `/conflict-explainer/explainers/${explainer}/revisions/compare`, field: 'from' },
  { name: 'restore of a missing revision', method: 'post', path: () => `/conflict-explainer/explainers/${explainer}/revisions/999/restore` },
  // Sync
  { name: 'target with file URL', method: 'post', path: () => '/conflict-explainer/sync/targets', body: { name: 'x', url: 'file:///etc/passwd', secret: 'whsec_' + 'A'.repeat(44) }, field: 'url' },
  { name: 'target without secret', method: 'post', path: () => '/conflict-explainer/sync/targets', body: { name: 'x', url: 'http://127.0.0.1:9/x' }, field: 'secret' },
  { name: 'target with script name', method: 'post', path: () => '/conflict-explainer/sync/targets', body: { name: SCRIPT, url: 'http://127.0.0.1:9/x', secret: 'whsec_' + 'A'.repeat(44) }, field: 'name' },
  { name: 'retry of a missing delivery', method: 'post', path: () => '/conflict-explainer/sync/deliveries/99999/retry' },
  { name: 'deliveries with unknown state', method: 'get', path: () => '/conflict-explainer/sync/deliveries?state=exploded', field: 'state' },
  // Maps and media
  { name: 'media metadata of a path', method: 'get', path: () => '/conflict-explainer/media/..%2F..%2Fpackage.json/metadata', field: 'id' },
  // Content Manager writes of the plugin's models
  { name: 'CM map with broken GeoJSON', method: 'post', path: () => '/content-manager/collection-types/plugin::conflict-explainer.map', body: { title: 'x', sourceLine: 'Source: x', asOf: '2025-01-01', textDescription: 'x', geojson: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { type: 'road' }, geometry: { type: 'LineString', coordinates: [[500, 500], [1, 1]] } }] } }, field: 'geojson.features.0.geometry.coordinates' },
  { name: 'CM claim with HTML statement', method: 'post', path: () => `/content-manager/collection-types/${CLAIM}`, body: { statement: '<b>bold</b>', claimStatus: 'unverified', medium: 'statement' }, field: 'statement' },
  // Input a database cannot store (PostgreSQL refused these with a 500) or that would be silently rewritten
  { name: 'claim statement with a NUL byte', method: 'post', path: () => '/conflict-explainer/claims', body: { explainer: '$EXPLAINER', statement: 'a\u0000b', claimant: 'abc' }, field: 'statement' },
  { name: 'claim statement with a lone surrogate', method: 'post', path: () => '/conflict-explainer/claims', body: { explainer: '$EXPLAINER', statement: 'a\ud800b', claimant: 'abc' }, field: 'statement' },
  { name: 'new actor name with a NUL byte', method: 'post', path: () => '/conflict-explainer/claims', body: { explainer: '$EXPLAINER', statement: 'x', newActor: { name: 'A\u0000', kind: 'media', side: 'independent' } }, field: 'newActor.name' },
  { name: 'actor name with a NUL byte', method: 'post', path: () => '/conflict-explainer/actors', body: { name: 'Ministry\u0000', kind: 'media', side: 'independent' }, field: 'name' },
  { name: 'CM actor name with a lone surrogate', method: 'post', path: () => '/content-manager/collection-types/plugin::conflict-explainer.actor', body: { name: 'Ministry \udc00', kind: 'media', side: 'independent' }, field: 'name' },
  { name: 'CM map feature name with a NUL byte', method: 'post', path: () => '/content-manager/collection-types/plugin::conflict-explainer.map', body: { title: 'x', sourceLine: 'Source: x', asOf: '2025-01-01', textDescription: 'x', geojson: { type: 'FeatureCollection', features: [{ type: 'Feature', properties: { type: 'settlement', name: 'Pokrovsk\u0000' }, geometry: { type: 'Point', coordinates: [37.18, 48.28] } }] } }, field: 'geojson.features.0.properties.name' },
  { name: 'claim edit with version 2^31', method: 'put', path: () => `/conflict-explainer/claims/${claim.documentId}`, body: { version: 2 ** 31, statement: 'x' }, field: 'version' },
  { name: 'verify with version 2^31', method: 'post', path: () => `/conflict-explainer/claims/${claim.documentId}/verify`, body: { version: 2 ** 31 }, field: 'version' },
  { name: 'desk search with a NUL byte', method: 'get', path: () => '/conflict-explainer/claims?search=%00', field: 'search' },
  { name: 'desk claim id with a NUL byte', method: 'get', path: () => '/conflict-explainer/claims/abc%00def', field: 'documentId' },
  { name: 'claim edit of an id with a NUL byte', method: 'put', path: () => '/conflict-explainer/claims/abc%00def', body: { version: 1, statement: 'x' }, field: 'documentId' },
  { name: 'CM explainer id with a NUL byte', method: 'get', path: () => `/content-manager/collection-types/${EXPLAINER}/abc%00def`, field: 'id' },
  { name: 'an address no route knows, with a NUL byte', method: 'get', path: () => '/conflict-explainer/nowhere%00', field: 'path' },
  { name: 'deliveries of target 99999999999', method: 'get', path: () => '/conflict-explainer/sync/deliveries?targetId=99999999999', field: 'targetId' },
  { name: 'claim made before 4713 BC', method: 'post', path: () => '/conflict-explainer/claims', body: { explainer: '$EXPLAINER', statement: 'x', claimant: 'abc', madeAt: '-005000-01-01T00:00:00.000Z' }, field: 'madeAt' },
  { name: 'CM claim made before 4713 BC', method: 'post', path: () => `/content-manager/collection-types/${CLAIM}`, body: { statement: 'x', claimStatus: 'unverified', medium: 'statement', madeAt: '-005000-01-01T00:00:00.000Z' }, field: 'madeAt' },
  { name: 'CM claim with version 2^31', method: 'post', path: () => `/content-manager/collection-types/${CLAIM}`, body: { statement: 'x', claimStatus: 'unverified', medium: 'statement', version: 2 ** 31 }, field: 'version' },
  { name: 'rich-text link leaving the site through a backslash', method: 'put', path: () => `/content-manager/collection-types/${EXPLAINER}/${explainer}`, body: { body: [{ __component: 'conflict-explainer.rich-text', content: [{ type: 'paragraph', children: [{ type: 'link', url: '/\\evil.example', children: [{ type: 'text', text: 'more' }] }] }] }] }, field: 'body.0.content.0.children.0.url' },
  { name: 'rich-text javascript: link', method: 'put', path: () => `/content-manager/collection-types/${EXPLAINER}/${explainer}`, body: { body: [{ __component: 'conflict-explainer.rich-text', content: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [{ type: 'text', text: 'more' }] }] }] }] }, field: 'body.0.content.0.children.0.url' },
  // Public routes
  { name: 'public slug with path trick', method: 'get', path: () => '/api/conflict-explainer/explainers/..%2F..%2Fadmin', field: 'slug' },
  { name: 'public slug with script', method: 'get', path: () => `/api/conflict-explainer/explainers/${encodeURIComponent(SCRIPT)}`, field: 'slug' },
  { name: 'public slug too long', method: 'get', path: () => `/api/conflict-explainer/explainers/${'a'.repeat(500)}`, field: 'slug' },
  { name: 'public revision negative', method: 'get', path: () => '/api/conflict-explainer/explainers/pokrovsk/revisions/-5', field: 'number' },
  { name: 'public changelog huge page', method: 'get', path: () => '/api/conflict-explainer/explainers/pokrovsk/revisions?pageSize=100000', field: 'pageSize' },
];

describe('abuse corpus: 4xx naming the field, never 5xx, nothing stored', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const before = await snapshotOfTables();
      let request = app.http()[c.method](c.path()).set(bearer(admin));
      if (c.body !== undefined) request = request.send(withIds(c.body) as object);
      const res = await request;
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
      if (c.field) {
        expect(res.body.error.name).toBe('ValidationError');
        const paths = (res.body.error.details?.errors ?? []).map((e: any) => e.path.join('.'));
        expect(paths).toContain(c.field);
      }
      expect(await snapshotOfTables()).toEqual(before);
    });
  }

  it('the map field’s validation endpoint refuses absurd nesting naming the field, without a 5xx', async () => {
    const res = await app.http().post('/conflict-explainer/maps/validate').set(bearer(admin)).send({ geojson: deep });
    expect(res.status).toBe(400);
    expect(res.body.error.details.errors[0].path).toEqual(['geojson']);
  });

  it('JSON nested 5,000 levels is a 400 naming the field, on the plugin’s routes and the Content Manager’s', async () => {
    const nested = `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`;
    const routes = ['/conflict-explainer/claims', `/content-manager/collection-types/${CLAIM}`];
    for (const route of routes) {
      const res = await app.http().post(route).set(bearer(admin)).set('Content-Type', 'application/json').send(`{"statement":"x","newActor":${nested}}`);
      expect([route, res.status, res.type]).toEqual([route, 400, 'application/json']);
      expect(res.body.error.details.errors.map((e: any) => e.path.join('.'))).toEqual(['newActor']);
    }
  });

  it('a 10 MB body is refused with 413 before anything runs', async () => {
    const res = await app.http().post('/conflict-explainer/claims').set(bearer(admin)).send({ explainer, statement: 'x'.repeat(10 * 1024 * 1024) });
    expect(res.status).toBe(413);
  });
});

describe('leak scan', () => {
  it('no public response and no REST response carries an internal field or an internal note', async () => {
    const notes = (await app.strapi.db.connection('conflict_explainer_claims').select('internal_note')).map((r: any) => r.internal_note).filter(Boolean);
    const usage = (await app.strapi.db.connection('components_conflict_explainer_credited_images').select('usage_note')).map((r: any) => r.usage_note).filter(Boolean);
    expect(notes.length + usage.length).toBeGreaterThan(5);
    const token = (await app.http().post('/admin/api-tokens').set(bearer(admin)).send({ name: 'leak', type: 'read-only', lifespan: null })).body.data.accessKey;
    const urls = [
      '/api/conflict-explainer/explainers',
      '/api/conflict-explainer/explainers/pokrovsk',
      '/api/conflict-explainer/explainers/pokrovsk/revisions',
      '/api/conflict-explainer/explainers/pokrovsk/revisions/1',
    ];
    const restUrls = ['/api/conflict-explainer/manage/claims', '/api/conflict-explainer/manage/maps', '/api/conflict-explainer/manage/actors', `/api/conflict-explainer/manage/explainers?populate=*`];
    for (const url of [...urls, ...restUrls]) {
      const res = await app.http().get(url).set(restUrls.includes(url) ? { Authorization: `Bearer ${token}` } : {});
      expect(res.status).toBe(200);
      const keys = allKeys(JSON.parse(res.text));
      for (const key of INTERNAL_KEYS.filter((k) => k !== 'version')) expect([url, keys.has(key)]).toEqual([url, false]);
      for (const note of [...notes, ...usage]) expect(res.text.includes(note)).toBe(false);
    }
  });
});

describe('RBAC matrix: every admin route refuses a role without its action', () => {
  // `action`: the one action that opens the route, or the list of which any one does.
  const routes: { method: 'get' | 'post' | 'put' | 'delete'; path: () => string; action: string | string[]; body?: object }[] = [
    { method: 'get', path: () => '/conflict-explainer/explainers', action: ['claims.read', 'revisions.read'] },
    { method: 'get', path: () => '/conflict-explainer/claims', action: 'claims.read' },
    { method: 'get', path: () => `/conflict-explainer/claims/${claim.documentId}`, action: 'claims.read' },
    { method: 'post', path: () => '/conflict-explainer/claims', action: 'claims.edit', body: {} },
    { method: 'put', path: () => `/conflict-explainer/claims/${claim.documentId}`, action: 'claims.edit', body: {} },
    { method: 'post', path: () => `/conflict-explainer/claims/${claim.documentId}/status`, action: 'claims.change-status', body: {} },
    { method: 'post', path: () => `/conflict-explainer/claims/${claim.documentId}/verify`, action: 'claims.edit', body: {} },
    { method: 'post', path: () => `/conflict-explainer/claims/${claim.documentId}/links`, action: 'claims.edit', body: {} },
    { method: 'get', path: () => '/conflict-explainer/actors', action: 'claims.read' },
    { method: 'post', path: () => '/conflict-explainer/actors', action: 'actors.manage', body: {} },
    { method: 'get', path: () => `/conflict-explainer/explainers/${explainer}/revision-status`, action: 'revisions.read' },
    { method: 'get', path: () => `/conflict-explainer/explainers/${explainer}/revisions`, action: 'revisions.read' },
    { method: 'get', path: () => `/conflict-explainer/explainers/${explainer}/revisions/1`, action: 'revisions.read' },
    { method: 'post', path: () => `/conflict-explainer/explainers/${explainer}/publish`, action: 'revisions.publish', body: { kind: 'rewrite' } },
    { method: 'post', path: () => `/conflict-explainer/explainers/${explainer}/revisions/999/restore`, action: 'revisions.restore' },
    { method: 'get', path: () => '/conflict-explainer/sync/targets', action: 'sync.manage' },
    { method: 'post', path: () => '/conflict-explainer/sync/targets', action: 'sync.manage', body: {} },
    { method: 'get', path: () => '/conflict-explainer/sync/deliveries', action: 'sync.manage' },
  ];
  const actions = [...new Set(routes.flatMap((r) => r.action))];
  const sessions: Record<string, AdminSession> = {};

  beforeAll(async () => {
    for (const action of actions) sessions[action] = await editorWithPermissions(app, admin, [`plugin::conflict-explainer.${action}`]);
  });

  it('each role reaches exactly the routes of its action', async () => {
    const matrix: string[] = [];
    for (const route of routes) {
      for (const action of actions) {
        let request = app.http()[route.method](route.path()).set(bearer(sessions[action]));
        if (route.body) request = request.send(route.body);
        const { status } = await request;
        const allowed = status !== 403;
        if (allowed !== ([] as string[]).concat(route.action).includes(action)) matrix.push(`${route.method.toUpperCase()} ${route.path()} as ${action}: ${status}`);
        expect(status).toBeLessThan(500);
      }
    }
    expect(matrix).toEqual([]);
  });
});
