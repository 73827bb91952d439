import { env } from '@strapi/utils';
import adminConfig from '../../playground/config/admin';
import serverConfig from '../../playground/config/server';

const SECRET_VARIABLES = ['ADMIN_JWT_SECRET', 'API_TOKEN_SALT', 'TRANSFER_TOKEN_SALT', 'ENCRYPTION_KEY', 'APP_KEYS'];
const saved = { ...process.env };

/** The playground's config as Strapi evaluates it, in an environment of `variables`. */
const loadConfig = (variables: Record<string, string>) => {
  for (const name of [...SECRET_VARIABLES, 'NODE_ENV']) delete process.env[name];
  Object.assign(process.env, variables);
  return { admin: () => adminConfig({ env }), server: () => serverConfig({ env }) };
};

afterEach(() => {
  for (const name of [...SECRET_VARIABLES, 'NODE_ENV']) {
    if (saved[name] === undefined) delete process.env[name];
    else process.env[name] = saved[name];
  }
});

describe('the playground’s committed development secrets', () => {
  it('refuse to start in production, naming every variable to set', () => {
    const config = loadConfig({ NODE_ENV: 'production' });
    expect(config.admin).toThrow(/production.*ADMIN_JWT_SECRET, API_TOKEN_SALT, TRANSFER_TOKEN_SALT, ENCRYPTION_KEY/);
    expect(config.server).toThrow(/production.*APP_KEYS/);
  });

  it('are refused in production even when set explicitly, and only those', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      ADMIN_JWT_SECRET: 'playground-admin-jwt-secret',
      API_TOKEN_SALT: 'a-real-salt',
      TRANSFER_TOKEN_SALT: 'another-real-salt',
      ENCRYPTION_KEY: 'a-real-encryption-key-of-our-own',
    });
    expect(config.admin).toThrow(/set ADMIN_JWT_SECRET \(/);
  });

  it('production starts with secrets of its own', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      ADMIN_JWT_SECRET: 'jwt-of-our-own',
      API_TOKEN_SALT: 'a-real-salt',
      TRANSFER_TOKEN_SALT: 'another-real-salt',
      ENCRYPTION_KEY: 'a-real-encryption-key-of-our-own',
      APP_KEYS: 'key-one, key-two',
    });
    expect(config.admin()).toMatchObject({ auth: { secret: 'jwt-of-our-own' }, secrets: { encryptionKey: 'a-real-encryption-key-of-our-own' } });
    expect(config.server().app.keys).toEqual(['key-one', 'key-two']);
  });

  it.each(['development', 'test'])('%s keeps working with the committed ones', (mode) => {
    const config = loadConfig({ NODE_ENV: mode });
    expect(config.admin().auth.secret).toBe('playground-admin-jwt-secret');
    expect(config.server().app.keys).toEqual(['playground-key-1', 'playground-key-2']);
  });
});
