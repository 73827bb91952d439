import type { Core } from '@strapi/strapi';
import { secretsFromEnv } from '../src/dev-secrets';

export default ({ env }: Core.Config.Shared.ConfigParams) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  // Public origin, used for absolute media and snapshot URLs in sync payloads.
  url: env('PUBLIC_URL', 'http://localhost:1337'),
  // Development-only keys; a real deployment sets APP_KEYS (production refuses these).
  app: { keys: secretsFromEnv(env, { APP_KEYS: 'playground-key-1,playground-key-2' }).APP_KEYS.split(',').map((key) => key.trim()) },
});
