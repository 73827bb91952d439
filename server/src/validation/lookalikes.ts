import type { Core } from '@strapi/strapi';
import { rectifyConfusion } from 'unicode-confusables';
import { UID } from '../constants';
import type { FieldIssue } from './issues';

/**
 * Two actor names that read the same (Unicode confusables, as in UTS #39's skeleton; case and
 * spacing ignored) are one actor typed twice or an impersonation: "Russian Ministry оf Defence"
 * with a Cyrillic о.
 */
export const nameSkeleton = (name: string) => rectifyConfusion(name.normalize('NFKC').toLowerCase()).replace(/\s+/g, ' ').trim();

/**
 * The editor confirms a look-alike on purpose with `confirmLookalike: true` in the request body or
 * `?confirmLookalike=true` in the query (the Content Manager's form cannot add body fields).
 */
const lookalikeConfirmed = (strapi: Core.Strapi) => {
  const ctx = strapi.requestContext.get() as { query?: Record<string, unknown>; request?: { body?: unknown } } | undefined;
  const body = ctx?.request?.body as { confirmLookalike?: unknown } | undefined;
  return ctx?.query?.confirmLookalike === 'true' || body?.confirmLookalike === true;
};

/** A 400-worthy issue when `name` looks like another actor's name, unless the editor confirmed it. */
export const collectLookalikeIssues = async (strapi: Core.Strapi, name: unknown, ownDocumentId?: string): Promise<FieldIssue[]> => {
  if (typeof name !== 'string' || name.trim() === '' || lookalikeConfirmed(strapi)) return [];
  const skeleton = nameSkeleton(name);
  const actors: { documentId: string; name: string }[] = await strapi.db.query(UID.ACTOR).findMany({ select: ['documentId', 'name'] });
  const twin = actors.find((actor) => actor.documentId !== ownDocumentId && actor.name !== name && nameSkeleton(actor.name) === skeleton);
  if (!twin) return [];
  return [
    {
      path: ['name'],
      message: `looks the same as the existing actor “${twin.name}” (${twin.documentId}); pick that actor, or send confirmLookalike: true if this is really a different one`,
    },
  ];
};
