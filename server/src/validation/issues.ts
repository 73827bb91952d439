import { errors, validateYupSchema, yup } from '@strapi/utils';

/** One problem with one field, addressed the way Strapi's own validator addresses fields. */
export type FieldIssue = { path: (string | number)[]; message: string };

/**
 * Throws Strapi's ValidationError (400) listing every offending field in `details.errors`, the first
 * one in `message`; or does nothing.
 */
export const throwIfIssues = (issues: FieldIssue[], summary?: string) => {
  if (issues.length === 0) return;
  const [first] = issues;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  const message = summary ?? `${first.path.length > 0 ? `${first.path.join('.')}: ` : ''}${first.message}${more}`;
  throw new errors.ValidationError(message, {
    errors: issues.map((issue) => ({ path: issue.path.map(String), message: issue.message, name: 'ValidationError' })),
  });
};

/** Strapi's yup validation, answering every offending field at once in the same shape as throwIfIssues. */
export const validateWith =
  <Valid>(schema: yup.AnySchema, options?: Record<string, unknown>) =>
  async (input: unknown): Promise<Valid> => {
    try {
      return await validateYupSchema(schema, options)(input ?? {});
    } catch (error) {
      if (!(error instanceof errors.ValidationError)) throw error;
      const found = ((error.details as { errors?: { path: string[]; message: string }[] })?.errors ?? []).map((e) => ({ path: e.path, message: e.message }));
      throwIfIssues(found, found.length > 1 ? `${found[0].message} (and ${found.length - 1} more)` : found[0]?.message);
      throw error;
    }
  };
