import type { Core } from '@strapi/strapi';

const isDeadlock = (error: unknown) => ['40P01', '40001'].includes((error as { code?: string })?.code ?? '');

/**
 * Runs `work` in one transaction. A publish racing an editor's save can deadlock on PostgreSQL; the
 * loser is rolled back whole and, when this is the outermost transaction, simply run again. (A retried
 * Document Service next() resumes at the repository: Strapi's middleware chain does not rewind, so
 * middlewares registered after the recorder are not re-run on a retry.)
 */
export const inRetriedTransaction = async <T>(strapi: Core.Strapi, work: () => Promise<T>): Promise<T> => {
  const run = () => strapi.db.transaction(work);
  if (strapi.db.inTransaction()) return run();
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= 3 || !isDeadlock(error)) throw error;
    }
  }
};
