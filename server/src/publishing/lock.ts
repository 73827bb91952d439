import type { Core } from '@strapi/strapi';
import { UID } from '../constants';

/** Step 1: serialises concurrent publishes of one explainer (PostgreSQL row lock; SQLite writes are serial). */
export const lockExplainer = async (strapi: Core.Strapi, documentId: string): Promise<void> => {
  if ((strapi.db.dialect.client as string) !== 'postgres') return;
  const table = strapi.db.metadata.get(UID.EXPLAINER).tableName;
  // Runs inside the publish transaction; the lock must be taken on that transaction's connection.
  await strapi.db.transaction(({ trx }) => trx(table).select('id').where('document_id', documentId).orderBy('id').forUpdate());
};
