import type { Core } from '@strapi/strapi';
import type { ExplainerSummary } from '../../../shared/contracts/explainers';
import { PLUGIN_ID, UID } from '../constants';
import { defaultLocale } from '../editions/locales';
import type { EditionsService } from './editions';

const LIST_LIMIT = 200;

/**
 * The newsroom's explainers for the plugin's own pages (home, claims desk picker), so an editor who
 * may read revisions or claims needs no Content Manager permission to see which pieces exist.
 */
const createExplainersService = ({ strapi }: { strapi: Core.Strapi }) => ({
  async list(): Promise<ExplainerSummary[]> {
    // One line per piece, as its default edition.
    const locale = await defaultLocale(strapi);
    const drafts = await strapi.db.query(UID.EXPLAINER).findMany({
      select: ['documentId', 'title', 'slug', 'updatedAt'],
      where: { publishedAt: null, locale },
      orderBy: { updatedAt: 'desc' },
      limit: LIST_LIMIT,
    });
    const documentIds = drafts.map((draft: any) => draft.documentId);
    const [published, heads] = await Promise.all([
      strapi.db.query(UID.EXPLAINER).findMany({ select: ['documentId', 'updatedAt'], where: { publishedAt: { $notNull: true }, locale, documentId: { $in: documentIds } } }),
      strapi.db.query(UID.PUBLICATION).findMany({ select: ['explainerDocumentId', 'latestNumber', 'live'], where: { explainerDocumentId: { $in: documentIds }, locale } }),
    ]);
    const publishedAt = new Map(published.map((row: any) => [row.documentId, new Date(row.updatedAt).getTime()]));
    const head = new Map(heads.map((row: any) => [row.explainerDocumentId, row]));
    const editions = await (strapi.plugin(PLUGIN_ID).service('editions') as EditionsService).summaries(documentIds);
    return drafts.map((draft: any) => {
      const published = publishedAt.get(draft.documentId);
      // As the Content Manager says it: modified when the draft was saved after the published version.
      const status = published === undefined ? 'draft' : new Date(draft.updatedAt).getTime() > published ? 'modified' : 'published';
      const publication = head.get(draft.documentId);
      return {
        documentId: draft.documentId,
        title: draft.title,
        slug: draft.slug ?? null,
        status,
        updatedAt: new Date(draft.updatedAt).toISOString(),
        latestRevision: publication?.live ? publication.latestNumber : null,
        editions: editions.get(draft.documentId) ?? [],
      };
    });
  },
});

export type ExplainersService = ReturnType<typeof createExplainersService>;
export default createExplainersService;
