import type { Core } from '@strapi/strapi';
import { UID } from '../../constants';

type Row = Record<string, any>;
export type PublicationState = { locale: string | null; slug: string; live: boolean; latestNumber: number };

type Enqueuers = {
  enqueueReset(revision: { id: number; explainerDocumentId: string; slug: string; number: number }): Promise<number>;
  enqueueRemoval(removal: { explainerDocumentId: string; slug: string; revisionNumber: number; reason: 'unpublished' | 'deleted' }): Promise<number>;
};

/**
 * What the site must hear when an explainer leaves or comes back without a new revision: called in
 * the unpublish / delete / publish transaction with the publication state from before it.
 */
export const createLifecycle = ({ strapi, sync }: { strapi: Core.Strapi; sync: Enqueuers }) => ({
  async publicationStates(explainerDocumentId: string): Promise<PublicationState[]> {
    const rows = await strapi.db.query(UID.PUBLICATION).findMany({ select: ['locale', 'slug', 'live', 'latestNumber'], where: { explainerDocumentId } });
    return rows.map((r: Row) => ({ locale: r.locale ?? null, slug: r.slug, live: !!r.live, latestNumber: r.latestNumber }));
  },

  /** Every page that was live is taken down at the site, in order with the explainer's revisions. */
  async afterWithdraw(explainerDocumentId: string, before: PublicationState[], reason: 'unpublished' | 'deleted') {
    for (const state of before.filter((s) => s.live)) {
      await sync.enqueueRemoval({ explainerDocumentId, slug: state.slug, revisionNumber: state.latestNumber, reason });
    }
  },

  /** A republish with nothing changed makes no revision: the site gets the latest one back as a reset. */
  async afterPublish(explainerDocumentId: string, before: PublicationState[]) {
    for (const state of before.filter((s) => !s.live)) {
      const revision = await strapi.db.query(UID.REVISION).findOne({
        select: ['id', 'slug', 'number'],
        where: { explainerDocumentId, locale: state.locale, number: state.latestNumber },
      });
      const now = await strapi.db.query(UID.PUBLICATION).findOne({ select: ['live', 'latestNumber'], where: { explainerDocumentId, locale: state.locale } });
      if (!revision || !now?.live || now.latestNumber !== state.latestNumber) continue; // a new revision is on its way instead
      await sync.enqueueReset({ id: revision.id, explainerDocumentId, slug: revision.slug, number: revision.number });
    }
  },
});
