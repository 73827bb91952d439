import type { Core } from '@strapi/strapi';

/** Who is acting: the admin user of the current request, or the API token, or nobody (a script). */
export const currentActor = (strapi: Core.Strapi): { id: number | null; name: string | null } => {
  const state = strapi.requestContext.get()?.state as any;
  const user = state?.user;
  // A script may act as a named editor with no admin account (the playground's seed does).
  if (user && (user.firstname || user.email)) {
    return { id: (user.id as number | undefined) ?? null, name: [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email };
  }
  if (state?.auth?.credentials?.name) return { id: null, name: `API token “${state.auth.credentials.name}”` };
  return { id: null, name: null };
};
