import { bearer, registerSuperAdmin, type AdminSession } from './admin';
import { startSite, TEST_SECRET, type RunningSite } from './site';
import { startStrapi, type TestApp } from './strapi';

/** The sync worker's timing, shortened so retries and outages play out in seconds (`CE_*` in server/src/config). */
export type SyncTiming = { retryBaseMs: number; retryMaxMs: number; retryForMs?: number; pollMs: number };

export type SyncedApp = { app: TestApp; admin: AdminSession; site: RunningSite; stop: () => Promise<void> };

const timingEnv = (timing: SyncTiming): Record<string, string | undefined> => ({
  CE_RETRY_BASE_MS: String(timing.retryBaseMs),
  CE_RETRY_MAX_MS: String(timing.retryMaxMs),
  CE_RETRY_FOR_MS: timing.retryForMs === undefined ? undefined : String(timing.retryForMs),
  CE_SYNC_POLL_MS: String(timing.pollMs),
});

/**
 * The reference site, then a Strapi (read the timing at boot) with its super admin; `stop` ends both
 * and clears the timing. `editions`: the playground's Ukrainian and Russian locales and editions too.
 */
export const startSyncedApp = async (timing: SyncTiming, { editions = false }: { editions?: boolean } = {}): Promise<SyncedApp> => {
  const env = timingEnv(timing);
  for (const [name, value] of Object.entries(env)) if (value !== undefined) process.env[name] = value;
  const site = await startSite();
  const app = await startStrapi({ editions });
  const admin = await registerSuperAdmin(app);
  return {
    app,
    admin,
    site,
    stop: async () => {
      await app.stop();
      await site.stop();
      for (const name of Object.keys(env)) delete process.env[name];
    },
  };
};

/** The reference site as a sync target (snapshot mode unless `extra` says otherwise); returns its id. */
export const addSiteTarget = async ({ app, admin, site }: SyncedApp, extra: Record<string, unknown> = {}): Promise<number> => {
  const target = await app.http().post('/conflict-explainer/sync/targets').set(bearer(admin)).send({ name: 'Site', url: site.webhookUrl, secret: TEST_SECRET, payloadMode: 'snapshot', ...extra });
  return target.body.data.id;
};
