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
