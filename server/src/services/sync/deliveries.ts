import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { DeliveryView } from '../../../../shared/contracts/sync';
import { UID } from '../../constants';
import { parseAttemptLog } from './worker';

type Row = Record<string, any>;

export type DeliveriesFilter = { state?: string; targetId?: number; explainerDocumentId?: string; locale?: string; page?: number; pageSize?: number };

const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);

const toDeliveryView = (row: Row, targetName: string | undefined): DeliveryView => ({
  id: row.id,
  targetId: row.targetId,
  targetName: targetName ?? '(removed)',
  kind: row.kind ?? 'revision',
  slug: row.slug,
  locale: row.locale ?? null,
  revisionNumber: row.revisionNumber,
  webhookId: row.webhookId,
  state: row.state,
  attempts: row.attempts,
  nextAttemptAt: row.state === 'pending' || row.state === 'dead' ? iso(row.nextAttemptAt) : null,
  lastStatus: row.lastStatus ?? null,
  lastError: row.lastError ?? null,
  deliveredAt: iso(row.deliveredAt),
  attemptLog: parseAttemptLog(row.attemptLog),
});

/** The deliveries as the admin sees them, and "Retry now". */
export const createDeliveries = ({ strapi, kick }: { strapi: Core.Strapi; kick: () => void }) => {
  const targetNames = async () =>
    new Map((await strapi.db.query(UID.SYNC_TARGET).findMany({ select: ['id', 'name'] })).map((t: Row) => [t.id, t.name as string]));

  const deliveries = {
    async listDeliveries(filters: DeliveriesFilter) {
      const where: Row = {};
      if (filters.state) where.state = filters.state;
      if (filters.targetId) where.targetId = filters.targetId;
      if (filters.explainerDocumentId) where.explainerDocumentId = filters.explainerDocumentId;
      if (filters.locale) where.locale = filters.locale;
      const page = filters.page ?? 1;
      const pageSize = filters.pageSize ?? 50;
      const [rows, total, names] = await Promise.all([
        strapi.db.query(UID.SYNC_DELIVERY).findMany({ where, orderBy: { id: 'desc' }, offset: (page - 1) * pageSize, limit: pageSize }),
        strapi.db.query(UID.SYNC_DELIVERY).count({ where }),
        targetNames(),
      ]);
      const data = rows.map((row: Row) => toDeliveryView(row, names.get(row.targetId)));
      return { data, meta: { pagination: { page, pageSize, total } } };
    },

    /** "Retry now": a dead or waiting delivery goes back to the front of the queue with a fresh retry window. */
    async retry(id: number): Promise<DeliveryView> {
      const row = await strapi.db.query(UID.SYNC_DELIVERY).findOne({ where: { id } });
      if (!row) throw new errors.NotFoundError(`No delivery ${id}`);
      if (row.state === 'delivered' || row.state === 'delivering') {
        throw new errors.ValidationError(`Delivery ${id} is ${row.state}`, { errors: [{ path: ['id'], message: `is ${row.state}`, name: 'ValidationError' }] });
      }
      const now = new Date();
      const data = { state: 'pending', nextAttemptAt: now, retrySince: now, attempts: 0 };
      await strapi.db.query(UID.SYNC_DELIVERY).update({ where: { id }, data });
      kick();
      // What "Retry now" did (a worker may already be sending it by the time a re-read would run).
      return toDeliveryView({ ...row, ...data }, (await targetNames()).get(row.targetId));
    },

    /** Sync state of each revision of one edition of an explainer, per target, for the edit-view panel. */
    async stateOf(explainerDocumentId: string, locale: string) {
      return (await deliveries.listDeliveries({ explainerDocumentId, locale, pageSize: 100 })).data;
    },
  };
  return deliveries;
};
