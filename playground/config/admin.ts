import type { Core } from '@strapi/strapi';
import { secretsFromEnv } from '../src/dev-secrets';
import { DEFAULT_SITE_PREVIEW_URL } from '../src/site-preview';

// Development-only secrets; a real deployment sets each from its environment (production refuses these).
export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const secrets = secretsFromEnv(env, {
    ADMIN_JWT_SECRET: 'playground-admin-jwt-secret',
    API_TOKEN_SALT: 'playground-api-token-salt',
    TRANSFER_TOKEN_SALT: 'playground-transfer-token-salt',
    ENCRYPTION_KEY: 'playground-encryption-key-32chars!',
  });
  return {
    auth: { secret: secrets.ADMIN_JWT_SECRET },
    apiToken: { salt: secrets.API_TOKEN_SALT },
    transfer: { token: { salt: secrets.TRANSFER_TOKEN_SALT } },
    secrets: { encryptionKey: secrets.ENCRYPTION_KEY },
    flags: { nps: false, promoteEE: false },
    // Strapi's Preview: the explainer's draft on the reference site, behind a short-lived signed
    // token the plugin mints (README, "Preview of the draft"). Other types have no preview.
    preview: {
      enabled: true,
      config: {
        allowedOrigins: [new URL(env('SITE_PREVIEW_URL', DEFAULT_SITE_PREVIEW_URL).replace(/[{}]/g, '')).origin],
        async handler(uid: string, params: { documentId?: string; locale?: string; status?: string }) {
          return strapi.plugin('conflict-explainer').service('preview').urlFor(uid, params);
        },
      },
    },
  };
};
