import type { Core } from '@strapi/strapi';
import path from 'node:path';
import request from 'supertest';
import { freshDatabase, PLAYGROUND_DIR } from './database';
import { removeFiles, storedUploadPaths } from './uploads';

/**
 * Strapi's own event listeners (e.g. on entry.create) finish their queries after the response is
 * sent; closing the pool under them aborts them. Wait until the pool is idle (at most 3 s).
 */
const settleDatabase = async (strapi: Core.Strapi) => {
  const pool = (strapi.db.connection as any).client?.pool;
  for (let waited = 0; pool && waited < 3000; waited += 25) {
    if (pool.numPendingAcquires() === 0 && pool.numUsed() === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
};

export type TestApp = {
  strapi: Core.Strapi;
  baseUrl: string;
  /** A supertest agent on the real HTTP server. */
  http: () => ReturnType<typeof request>;
  stop: () => Promise<void>;
};

/**
 * Boots the playground app (the plugin loaded from this repo's build) on a fresh database, seeded
 * with the Pokrovsk piece unless `seed: false`. No admin user exists: tests register one through
 * the real admin routes (see admin.ts). English only unless `editions: true` (then the playground's
 * Ukrainian and Russian editions too, as `npm run develop` seeds them).
 */
export const startStrapi = async ({ seed = true, editions = false }: { seed?: boolean; editions?: boolean } = {}): Promise<TestApp> => {
  await freshDatabase();
  process.env.STRAPI_TELEMETRY_DISABLED = 'true';
  process.env.STRAPI_LOG_LEVEL = process.env.STRAPI_LOG_LEVEL ?? 'error';
  process.env.PLAYGROUND_SEED = seed ? 'true' : 'false';
  process.env.PLAYGROUND_SEED_EDITIONS = editions ? 'true' : 'false';
  process.env.PLAYGROUND_ADMIN = 'false';
  process.env.PLAYGROUND_SYNC_TARGET = 'false';
  const { createStrapi } = require('@strapi/strapi');
  const strapi: Core.Strapi = createStrapi({ appDir: PLAYGROUND_DIR, distDir: path.join(PLAYGROUND_DIR, 'dist'), autoReload: false, serveAdminPanel: false });
  await strapi.load();
  // A real listening socket on loopback: concurrent requests behave as they do in production.
  await new Promise<void>((resolve) => strapi.server.listen(0, '127.0.0.1', resolve));
  const { port } = strapi.server.httpServer.address() as { port: number };
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    strapi,
    baseUrl,
    http: () => request(baseUrl),
    stop: async () => {
      await settleDatabase(strapi);
      const uploads = await storedUploadPaths(strapi).catch(() => []);
      await strapi.destroy();
      removeFiles(uploads);
    },
  };
};
