import type { Core } from '@strapi/strapi';
import { UID } from '../../constants';
import { defaultLocale } from '../../editions/locales';
import type { StreamRemoval, StreamRevision } from './streams';

type Row = Record<string, any>;
export type PublicationState = { locale: string | null; slug: string; live: boolean; latestNumber: number };

type Enqueuers = {
  enqueueReset(revision: StreamRevision): Promise<number>;
  enqueueRemoval(removal: StreamRemoval): Promise<number>;
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

  /** Each edition's page that was live is taken down at the site, in order with that edition's revisions. */
  async afterWithdraw(explainerDocumentId: string, before: PublicationState[], reason: 'unpublished' | 'deleted') {
    for (const state of before.filter((s) => s.live)) {
      const locale = state.locale ?? (await defaultLocale(strapi));
      await sync.enqueueRemoval({ explainerDocumentId, locale, slug: state.slug, revisionNumber: state.latestNumber, reason });
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
      const locale = state.locale ?? (await defaultLocale(strapi));
      await sync.enqueueReset({ id: revision.id, explainerDocumentId, locale, slug: revision.slug, number: revision.number });
    }
  },
});
