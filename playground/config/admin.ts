import type { Core } from '@strapi/strapi';
import { secretsFromEnv } from '../src/dev-secrets';

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
  };
};
