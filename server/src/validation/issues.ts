import { errors } from '@strapi/utils';

/** One problem with one field, addressed the way Strapi's own validator addresses fields. */
export type FieldIssue = { path: (string | number)[]; message: string };

/** Throws Strapi's ValidationError (400) naming every offending field, or does nothing. */
export const throwIfIssues = (issues: FieldIssue[], summary?: string) => {
  if (issues.length === 0) return;
  const message = summary ?? (issues.length === 1 ? `${issues[0].path.join('.')}: ${issues[0].message}` : `${issues.length} fields are invalid`);
  throw new errors.ValidationError(message, {
    errors: issues.map((issue) => ({ path: issue.path.map(String), message: issue.message, name: 'ValidationError' })),
  });
};
