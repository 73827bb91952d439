import type { TestApp } from './strapi';

export type AdminSession = { token: string; user: { id: number; email: string } };

let counter = 0;

/** Registers the first super admin through POST /admin/register-admin, as the admin's first screen does. */
export const registerSuperAdmin = async (app: TestApp): Promise<AdminSession> => {
  const email = `editor-${process.pid}-${++counter}@example.com`;
  const res = await app
    .http()
    .post('/admin/register-admin')
    .send({ email, firstname: 'Desk', lastname: 'Editor', password: 'Correct-Horse-9' });
  if (res.status !== 200) throw new Error(`register-admin failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { token: res.body.data.token, user: res.body.data.user };
};

/** Logs in through POST /admin/login. */
export const login = async (app: TestApp, email: string, password: string): Promise<AdminSession> => {
  const res = await app.http().post('/admin/login').send({ email, password });
  if (res.status !== 200) throw new Error(`login failed: ${res.status} ${JSON.stringify(res.body)}`);
  return { token: res.body.data.token, user: res.body.data.user };
};

export const bearer = (session: AdminSession) => ({ Authorization: `Bearer ${session.token}` });

/** Creates a full-access API token through the admin API, as a site engineer would for scripts. */
export const createApiToken = async (app: TestApp, session: AdminSession, type: 'full-access' | 'read-only' = 'full-access') => {
  const res = await app
    .http()
    .post('/admin/api-tokens')
    .set(bearer(session))
    .send({ name: `script-${Date.now()}-${++counter}`, description: 'test', type, lifespan: null });
  if (res.status !== 201) throw new Error(`api token failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data.accessKey as string;
};

/** An action on every subject, or on one model (e.g. the Content Manager's update on maps), with conditions if any. */
export type RolePermission = string | { action: string; subject?: string | null; conditions?: string[] };

/**
 * Creates an editor role holding exactly `actions`, a user in it, and logs that user in, all
 * through the real admin routes (roles, users, registration by invitation token).
 */
export const editorWithPermissions = async (app: TestApp, superAdmin: AdminSession, actions: RolePermission[]): Promise<AdminSession> => {
  const name = `desk-${Date.now()}-${++counter}`;
  const role = await app.http().post('/admin/roles').set(bearer(superAdmin)).send({ name, description: 'test role' });
  if (role.status !== 201) throw new Error(`role: ${role.status} ${JSON.stringify(role.body)}`);
  const permissions = actions.map((required) => {
    const { action, subject = null, conditions = [] } = typeof required === 'string' ? { action: required } : required;
    return { action, subject, conditions, properties: {} };
  });
  const set = await app.http().put(`/admin/roles/${role.body.data.id}/permissions`).set(bearer(superAdmin)).send({ permissions });
  if (set.status !== 200) throw new Error(`permissions: ${set.status} ${JSON.stringify(set.body)}`);
  return userInRole(app, superAdmin, role.body.data.id, name);
};

/** A user of one of Strapi's stock roles ('strapi-author', 'strapi-editor'), logged in. */
export const userWithStockRole = async (app: TestApp, superAdmin: AdminSession, code: 'strapi-author' | 'strapi-editor'): Promise<AdminSession> => {
  const roles = await app.http().get('/admin/roles').set(bearer(superAdmin));
  const role = roles.body.data.find((candidate: { code: string }) => candidate.code === code);
  if (!role) throw new Error(`no stock role ${code}`);
  return userInRole(app, superAdmin, role.id, `${code}-${Date.now()}-${++counter}`);
};

/** Invites a user into `roleId`, registers them with the invitation token, and logs them in. */
const userInRole = async (app: TestApp, superAdmin: AdminSession, roleId: number, name: string): Promise<AdminSession> => {
  const email = `${name}@example.com`;
  const user = await app.http().post('/admin/users').set(bearer(superAdmin)).send({ firstname: 'Role', lastname: name, email, roles: [roleId] });
  if (user.status !== 201) throw new Error(`user: ${user.status} ${JSON.stringify(user.body)}`);
  const password = 'Correct-Horse-9';
  const registered = await app
    .http()
    .post('/admin/register')
    .send({ registrationToken: user.body.data.registrationToken, userInfo: { firstname: 'Role', lastname: name, password } });
  if (registered.status !== 200) throw new Error(`register: ${registered.status} ${JSON.stringify(registered.body)}`);
  return login(app, email, password);
};
