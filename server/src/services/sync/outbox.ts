import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import type { DeliveryKind } from '../../../../shared/contracts/sync';
import { getPluginConfig } from '../../config';
import { UID } from '../../constants';
import { streamKey } from './streams';
import { SITE_TARGETS } from './targets';

type Row = Record<string, any>;

export type OutboxEntry = {
  kind: DeliveryKind;
  explainerDocumentId: string;
  /** The edition's stream; none for alerts. */
  locale?: string | null;
  slug: string;
  revisionNumber: number;
  revisionId?: number | null;
  removalReason?: 'unpublished' | 'deleted' | 'reconciled';
  alertEventId?: number;
};

/**
 * The outbox table: deliveries are rows written in the transaction that caused them (a publish, an
 * unpublish, a delete), so a crash loses nothing; workers claim due rows under a lease and record
 * each outcome. Table names come from Strapi's model metadata.
 */
export const createOutbox = ({ strapi, kick }: { strapi: Core.Strapi; kick: () => void }) => {
  const table = () => strapi.db.metadata.get(UID.SYNC_DELIVERY).tableName;
  const targetTable = () => strapi.db.metadata.get(UID.SYNC_TARGET).tableName;
  const knex = () => strapi.db.connection;
  const isPostgres = () => (strapi.db.dialect.client as string) === 'postgres';

  /** Wakes the worker once the surrounding transaction commits (at once outside one). */
  const kickAfterCommit = async (before?: () => void) => {
    if (!strapi.db.inTransaction()) {
      before?.();
      return kick();
    }
    await strapi.db.transaction(async ({ onCommit }) =>
      onCommit(() => {
        before?.();
        kick();
      })
    );
  };

  return {
    kickAfterCommit,

    /** One row per enabled target (or the given ones); returns how many were queued. */
    async add(entry: OutboxEntry, targetIds?: number[], beforeKick?: () => void) {
      const ids =
        targetIds ?? (await strapi.db.query(UID.SYNC_TARGET).findMany({ select: ['id'], where: { enabled: true, ...SITE_TARGETS } })).map((t: Row) => t.id as number);
      const now = new Date();
      for (const targetId of ids) {
        await strapi.db.query(UID.SYNC_DELIVERY).create({
          data: {
            ...entry,
            targetId,
            webhookId: `msg_${randomUUID().replace(/-/g, '')}`,
            state: 'pending',
            attempts: 0,
            nextAttemptAt: now,
            retrySince: now,
            attemptLog: [],
          },
        });
      }
      if (ids.length) await kickAfterCommit(beforeKick);
      return ids.length;
    },

    /** Claims due deliveries for `owner`: each row by exactly one worker until its lease ends. */
    async claimDue(owner: string, limit: number): Promise<Row[]> {
      const now = new Date();
      const leaseUntil = new Date(now.getTime() + getPluginConfig(strapi).syncLeaseMs);
      const deliveries = table();
      return knex().transaction(async (trx) => {
        const due = trx(`${deliveries} as d`)
          .select('d.id')
          .where((q) =>
            q
              .where((p) => p.where('d.state', 'pending').andWhere('d.next_attempt_at', '<=', now))
              .orWhere((p) => p.where('d.state', 'delivering').andWhere('d.lease_until', '<', now))
              // A dead delivery is a probe of its target: only the target's oldest, at the capped interval.
              .orWhere((p) =>
                p
                  .where('d.state', 'dead')
                  .andWhere('d.next_attempt_at', '<=', now)
                  .whereNotExists(trx(`${deliveries} as o`).select(trx.raw('1')).whereRaw('o.target_id = d.target_id and o.id < d.id').where('o.state', 'dead'))
                  .whereExists(trx(`${targetTable()} as t`).select(trx.raw('1')).whereRaw('t.id = d.target_id').where('t.enabled', true))
              )
          )
          // In order: nothing for a target and edition (explainer, locale) while an earlier delivery is still owed.
          .whereNotExists(
            trx(`${deliveries} as e`)
              .select(trx.raw('1'))
              .whereRaw("e.target_id = d.target_id and e.explainer_document_id = d.explainer_document_id and coalesce(e.locale, '') = coalesce(d.locale, '') and e.id < d.id")
              .whereIn('e.state', ['pending', 'delivering', 'dead'])
          )
          .orderBy('d.id')
          .limit(limit);
        const ids = (isPostgres() ? await due.forUpdate().skipLocked() : await due).map((r: Row) => r.id);
        if (ids.length === 0) return [];
        await trx(deliveries)
          .whereIn('id', ids)
          .update({ state: 'delivering', lease_until: leaseUntil, lease_owner: owner, attempts: trx.raw('attempts + 1') });
        return trx(deliveries).whereIn('id', ids).andWhere('lease_owner', owner).orderBy('id');
      });
    },

    /** Records an attempt's outcome, unless another worker took the row over meanwhile. */
    async finish(id: number, owner: string, outcome: Row) {
      await knex()(table())
        .where({ id, lease_owner: owner })
        .update({ ...outcome, lease_until: null, lease_owner: null });
    },

    /** The target answers again: its dead deliveries get a fresh retry window, in their order. */
    async wakeDead(targetId: number) {
      const now = new Date();
      await knex()(table()).where({ target_id: targetId, state: 'dead' }).update({ state: 'pending', attempts: 0, retry_since: now, next_attempt_at: now });
    },

    /** When the next retry or probe falls due (null: nothing waiting). */
    async earliestDue(): Promise<Date | null> {
      const row = await knex()(table()).whereIn('state', ['pending', 'dead']).min({ due: 'next_attempt_at' }).first();
      return row?.due ? new Date(row.due) : null;
    },

    /** The editions (`streamKey`) with anything still owed to a target (reconciliation leaves those be). */
    async owedStreams(targetId: number): Promise<Set<string>> {
      const rows = await knex()(table()).distinct('explainer_document_id', 'locale').where('target_id', targetId).whereIn('state', ['pending', 'delivering']);
      return new Set(rows.map((r: Row) => streamKey(r.explainer_document_id, r.locale)));
    },
  };
};

export type Outbox = ReturnType<typeof createOutbox>;
