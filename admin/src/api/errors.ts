/**
 * Reading Strapi's error envelope ({ error: { name, message, details: { errors: [{ path, message }] } } })
 * from a failed request, without depending on the admin runtime (so components stay testable).
 */
type FieldIssue = { path?: unknown; message?: unknown };

const envelopeOf = (error: unknown): { message?: unknown; details?: { errors?: FieldIssue[] } } | null => {
  const response = (error as { response?: { data?: { error?: unknown } } } | null)?.response;
  const envelope = response?.data?.error;
  return envelope && typeof envelope === 'object' ? (envelope as any) : null;
};

/** The server's per-field messages, keyed by the field's dotted path (e.g. `publicNote`). */
export const fieldErrorsOf = (error: unknown): Record<string, string> => {
  const issues = envelopeOf(error)?.details?.errors;
  if (!Array.isArray(issues)) return {};
  const fields: Record<string, string> = {};
  for (const issue of issues) {
    const path = Array.isArray(issue.path) ? issue.path.join('.') : typeof issue.path === 'string' ? issue.path : '';
    if (path && typeof issue.message === 'string' && !(path in fields)) fields[path] = issue.message;
  }
  return fields;
};
