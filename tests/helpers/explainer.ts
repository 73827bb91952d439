import type { TestApp } from './strapi';

export const EXPLAINER = 'plugin::conflict-explainer.explainer';
export const CLAIM = 'plugin::conflict-explainer.claim';
export const REVISION = 'plugin::conflict-explainer.revision';

export const pokrovskDocumentId = async (app: TestApp) => {
  const entry = await app.strapi.documents(EXPLAINER as any).findFirst({ filters: { slug: 'pokrovsk' }, status: 'draft' } as any);
  if (!entry) throw new Error('the seeded explainer is missing');
  return entry.documentId as string;
};

export const revisionNumbers = async (app: TestApp, documentId: string) =>
  (await app.strapi.db.query(REVISION as any).findMany({ select: ['number'], where: { explainerDocumentId: documentId }, orderBy: { number: 'asc' } })).map(
    (row: any) => row.number as number
  );

/** Edits the draft's standfirst through the Document Service, as any editor's save would. */
export const editDraft = async (app: TestApp, documentId: string, standfirst: string) =>
  app.strapi.documents(EXPLAINER as any).update({ documentId, data: { standfirst } } as any);

/** Every key anywhere in a JSON value, for leak scans. */
export const allKeys = (value: unknown, keys = new Set<string>()): Set<string> => {
  if (Array.isArray(value)) value.forEach((item) => allKeys(item, keys));
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      keys.add(key);
      allKeys(child, keys);
    }
  }
  return keys;
};

/** Keys of the content model that are internal and must never reach readers or the site. */
export const INTERNAL_KEYS = ['internalNote', 'usageNote', 'restorable', 'secret', 'signingSecret', 'editorId', 'editorName', 'version'];
