import type { Core } from '@strapi/strapi';

/**
 * Development only: creates the playground's super admin from PLAYGROUND_ADMIN_EMAIL and
 * PLAYGROUND_ADMIN_PASSWORD so `npm run develop` opens straight onto a usable admin.
 */
export const DEFAULT_EMAIL = 'editor@example.com';
export const DEFAULT_PASSWORD = 'Playground-Editor-1';

export async function ensureDevelopmentAdmin(strapi: Core.Strapi) {
  if (process.env.NODE_ENV === 'production' || process.env.PLAYGROUND_ADMIN === 'false') return;
  const email = process.env.PLAYGROUND_ADMIN_EMAIL || DEFAULT_EMAIL;
  const password = process.env.PLAYGROUND_ADMIN_PASSWORD || DEFAULT_PASSWORD;
  const users = strapi.service('admin::user');
  if (await users.exists({ email })) return;
  const superAdminRole = await strapi.service('admin::role').getSuperAdmin();
  if (!superAdminRole) return;
  await users.create({
    email,
    firstname: 'Playground',
    lastname: 'Editor',
    password,
    registrationToken: null,
    isActive: true,
    roles: [superAdminRole.id],
  });
  strapi.log.info(`[playground] admin user ${email} created (development only)`);
}

