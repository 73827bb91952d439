import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { Webhook } from 'standardwebhooks';
import { SYNC_EVENT_TYPE, type DeliveryAttempt, type DeliveryView, type SyncPayload, type TargetView } from '../../../shared/contracts/sync';
import type { ExplainerSnapshot } from '../../../shared/contracts/snapshot';
import { getPluginConfig } from '../config';
import { PLUGIN_ID, UID } from '../constants';

type Row = Record<string, any>;

const DELIVERIES = 'conflict_explainer_sync_deliveries';
const BATCH = 10;
const ATTEMPT_LOG_LIMIT = 20;

/** Exponential backoff with full jitter between 50% and 100% of the step, capped. */
export const backoffMs = (attempt: number, baseMs: number, capMs: number, random = Math.random) => {
  const step = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(step * (0.5 + random() / 2));
};

const toTargetView = (row: Row): TargetView => ({
  id: row.id,
  name: row.name,
  url: row.url,
  enabled: !!row.enabled,
  payloadMode: row.payloadMode,
  revalidateUrl: row.revalidateUrl ?? null,
  timeoutMs: row.timeoutMs,
  maxAttempts: row.maxAttempts,
  hasSecret: !!row.secretCiphertext,
});

const iso = (v: unknown) => (v ? new Date(v as string).toISOString() : null);

/**
 * The outbox and its worker. Deliveries are rows written with the revision (same transaction), so
 * a crash loses nothing; workers claim due rows with a lease (PostgreSQL: FOR UPDATE SKIP LOCKED, so
 * several instances never take the same row), sign each POST per Standard Webhooks, and retry with
 * backoff until delivered or dead. Per target and explainer, revisions go out in order.
 */
const createSyncService = ({ strapi }: { strapi: Core.Strapi }) => {
  const owner = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = true;

  const encryption = () => strapi.service('admin::encryption') as { encrypt(v: string): string | null; decrypt(v: string): string | null };
  const isPostgres = () => (strapi.db.dialect.client as string) === 'postgres';
  const knex = () => strapi.db.connection;

  /** The revision's own, immutable URL: "latest" could already be a newer revision. */
  const snapshotUrl = (slug: string, number: number) => {
    const base = ((strapi.config.get('server.url') as string) || '').replace(/\/$/, '');
    const prefix = (strapi.config.get('api.rest.prefix') as string) ?? '/api';
    return `${base}${prefix}/${PLUGIN_ID}/explainers/${slug}/revisions/${number}`;
  };

  /** Claims due deliveries for this worker: each row by exactly one worker until its lease ends. */
  const claimDue = async (): Promise<Row[]> => {
    const now = new Date();
    const leaseUntil = new Date(now.getTime() + getPluginConfig(strapi).syncLeaseMs);
    return knex().transaction(async (trx) => {
      const due = trx(`${DELIVERIES} as d`)
        .select('d.id')
        .where((q) =>
          q.where((p) => p.where('d.state', 'pending').andWhere('d.next_attempt_at', '<=', now)).orWhere((p) =>
            p.where('d.state', 'delivering').andWhere('d.lease_until', '<', now)
          )
        )
        // In order: nothing for a target and explainer while an earlier revision is still owed.
        .whereNotExists(
          trx(`${DELIVERIES} as e`)
            .select(trx.raw('1'))
            .whereRaw('e.target_id = d.target_id and e.explainer_document_id = d.explainer_document_id and e.revision_number < d.revision_number')
            .whereIn('e.state', ['pending', 'delivering'])
        )
        .orderBy('d.id')
        .limit(BATCH);
      const ids = (isPostgres() ? await due.forUpdate().skipLocked() : await due).map((r: Row) => r.id);
      if (ids.length === 0) return [];
      await trx(DELIVERIES)
        .whereIn('id', ids)
        .update({ state: 'delivering', lease_until: leaseUntil, lease_owner: owner, attempts: trx.raw('attempts + 1') });
      return trx(DELIVERIES).whereIn('id', ids).andWhere('lease_owner', owner).orderBy('id');
    });
  };

  /**
   * Snapshots this process just committed, as the JSON text it stored: the worker woken by that
   * commit sends them without reading the row back. Bounded; anything else (a retry after a while,
   * another instance's revision, a restart) is read from the revision row.
   */
  const justPublished = new Map<number, { snapshotJson: string; publishedAt: string }>();
  const JUST_PUBLISHED_LIMIT = 16;

  const rememberPublished = (revisionId: number, published: { snapshotJson: string; publishedAt: string }) => {
    justPublished.set(revisionId, published);
    for (const oldest of justPublished.keys()) {
      if (justPublished.size <= JUST_PUBLISHED_LIMIT) break;
      justPublished.delete(oldest);
    }
  };

  /** The signed body: the payload's JSON with the snapshot spliced in as stored (no parse and re-stringify). */
  const payloadBodyFor = async (delivery: Row, target: Row): Promise<string> => {
    const withSnapshot = target.payload_mode === 'snapshot';
    let fresh = justPublished.get(delivery.revision_id);
    if (!fresh) {
      const revision = await strapi.db.query(UID.REVISION).findOne({
        select: withSnapshot ? ['snapshot', 'revisionPublishedAt'] : ['revisionPublishedAt'],
        where: { id: delivery.revision_id },
      });
      const snapshot = revision?.snapshot as ExplainerSnapshot | string | undefined;
      fresh = {
        snapshotJson: snapshot ? (typeof snapshot === 'string' ? snapshot : JSON.stringify(snapshot)) : '',
        publishedAt: new Date(revision?.revisionPublishedAt ?? Date.now()).toISOString(),
      };
    }
    const payload: Omit<SyncPayload, 'snapshot'> = {
      type: SYNC_EVENT_TYPE,
      deliveryId: delivery.webhook_id,
      explainer: { documentId: delivery.explainer_document_id, slug: delivery.slug },
      revision: delivery.revision_number,
      publishedAt: fresh.publishedAt,
      snapshotUrl: snapshotUrl(delivery.slug, delivery.revision_number),
    };
    const head = JSON.stringify(payload);
    return withSnapshot && fresh.snapshotJson ? `${head.slice(0, -1)},"snapshot":${fresh.snapshotJson}}` : head;
  };

  const deliver = async (delivery: Row) => {
    const target = await knex()('conflict_explainer_sync_targets').where('id', delivery.target_id).first();
    const config = getPluginConfig(strapi);
    const started = Date.now();
    let status: number | null = null;
    let error: string | null = null;
    if (!target || !target.enabled) {
      error = 'target removed or disabled';
    } else {
      try {
        const secret = encryption().decrypt(target.secret_ciphertext);
        if (!secret) throw new Error('signing secret cannot be decrypted (encryption key changed?)');
        const body = await payloadBodyFor(delivery, target);
        const timestamp = new Date();
        const signature = new Webhook(secret).sign(delivery.webhook_id, timestamp, body);
        const response = await fetch(target.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'webhook-id': delivery.webhook_id,
            'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
            'webhook-signature': signature,
            'user-agent': 'strapi-plugin-conflict-explainer',
          },
          body,
          signal: AbortSignal.timeout(target.timeout_ms ?? 5000),
        });
        status = response.status;
        await response.arrayBuffer().catch(() => undefined);
        if (!response.ok) error = `HTTP ${response.status}`;
      } catch (e) {
        error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      }
    }
    const attempt: DeliveryAttempt = { at: new Date(started).toISOString(), status, error, durationMs: Date.now() - started };
    const log = [...(parseJson(delivery.attempt_log) ?? []), attempt].slice(-ATTEMPT_LOG_LIMIT);
    const delivered = error === null;
    const dead = !delivered && (!target || delivery.attempts >= (target.max_attempts ?? 8));
    await knex()(DELIVERIES)
      .where({ id: delivery.id, lease_owner: owner })
      .update({
        state: delivered ? 'delivered' : dead ? 'dead' : 'pending',
        last_status: status,
        last_error: error,
        delivered_at: delivered ? new Date() : null,
        next_attempt_at: new Date(Date.now() + (delivered || dead ? 0 : backoffMs(delivery.attempts, config.retryBaseMs, config.retryMaxMs))),
        lease_until: null,
        lease_owner: null,
        attempt_log: JSON.stringify(log),
      });
    if (delivered && target?.revalidate_url) {
      fetch(target.revalidate_url, { method: 'POST', signal: AbortSignal.timeout(2000) }).catch(() => undefined);
    }
  };

  /**
   * A retry falls due between polls: wake for the earliest one rather than at the next poll, so a
   * site that recovers gets its revisions one backoff step later, not a poll interval after that.
   */
  let dueTimer: NodeJS.Timeout | null = null;
  const wakeForNextRetry = async () => {
    const row = await knex()(DELIVERIES).where('state', 'pending').min({ due: 'next_attempt_at' }).first();
    if (!row?.due || stopped) return;
    const delay = Math.max(0, new Date(row.due).getTime() - Date.now());
    if (delay >= getPluginConfig(strapi).syncPollMs) return; // the poll comes first
    if (dueTimer) clearTimeout(dueTimer);
    dueTimer = setTimeout(() => {
      dueTimer = null;
      service.kick();
    }, delay + 1);
  };

  /** One pass: claim what is due, deliver it, repeat while there is more. */
  const drain = async () => {
    for (;;) {
      const batch = await claimDue();
      if (batch.length === 0) return;
      await Promise.all(batch.map((delivery) => deliver(delivery)));
    }
  };

  const service = {
    owner,

    /** Wakes the worker now (after a publish commits) instead of at the next poll. */
    kick() {
      if (stopped) return;
      if (running) {
        again = true;
        return;
      }
      running = (async () => {
        do {
          again = false;
          try {
            await drain();
            await wakeForNextRetry();
          } catch (error) {
            if (!stopped) strapi.log.error(`[${PLUGIN_ID}] sync worker: ${(error as Error).message}`);
          }
        } while (again && !stopped);
      })().finally(() => {
        running = null;
      });
    },

    start() {
      const { syncWorker, syncPollMs } = getPluginConfig(strapi);
      if (!syncWorker) return;
      stopped = false;
      timer = setInterval(() => service.kick(), syncPollMs);
      service.kick();
    },

    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      if (dueTimer) clearTimeout(dueTimer);
      timer = null;
      dueTimer = null;
      await running;
    },

    /** Outbox: one delivery per enabled target, inside the publish transaction. */
    async enqueue(
      revisionId: number,
      explainerDocumentId: string,
      slug: string,
      revisionNumber: number,
      published?: { snapshotJson: string; publishedAt: string }
    ) {
      const targets = await strapi.db.query(UID.SYNC_TARGET).findMany({ select: ['id'], where: { enabled: true } });
      for (const target of targets) {
        await strapi.db.query(UID.SYNC_DELIVERY).create({
          data: {
            targetId: target.id,
            revisionId,
            explainerDocumentId,
            slug,
            revisionNumber,
            webhookId: `msg_${randomUUID().replace(/-/g, '')}`,
            state: 'pending',
            attempts: 0,
            nextAttemptAt: new Date(),
            attemptLog: [],
          },
        });
      }
      if (targets.length && strapi.db.inTransaction()) {
        await strapi.db.transaction(async ({ onCommit }) =>
          onCommit(() => {
            if (published) rememberPublished(revisionId, published);
            service.kick();
          })
        );
      }
    },

    async listTargets() {
      return (await strapi.db.query(UID.SYNC_TARGET).findMany({ orderBy: { id: 'asc' } })).map(toTargetView);
    },

    async createTarget(input: Row) {
      const { secret, ...rest } = input;
      const row = await strapi.db.query(UID.SYNC_TARGET).create({ data: { ...rest, secretCiphertext: encryption().encrypt(secret) } });
      return toTargetView(row);
    },

    async updateTarget(id: number, input: Row) {
      const existing = await strapi.db.query(UID.SYNC_TARGET).findOne({ where: { id } });
      if (!existing) throw new errors.NotFoundError(`No sync target ${id}`);
      const { secret, ...rest } = input;
      const data = { ...rest, ...(secret ? { secretCiphertext: encryption().encrypt(secret) } : {}) };
      return toTargetView(await strapi.db.query(UID.SYNC_TARGET).update({ where: { id }, data }));
    },

    async deleteTarget(id: number) {
      const existing = await strapi.db.query(UID.SYNC_TARGET).delete({ where: { id } });
      if (!existing) throw new errors.NotFoundError(`No sync target ${id}`);
    },

    async listDeliveries(filters: { state?: string; targetId?: number; explainerDocumentId?: string; page?: number; pageSize?: number }) {
      const where: Row = {};
      if (filters.state) where.state = filters.state;
      if (filters.targetId) where.targetId = filters.targetId;
      if (filters.explainerDocumentId) where.explainerDocumentId = filters.explainerDocumentId;
      const page = filters.page ?? 1;
      const pageSize = filters.pageSize ?? 50;
      const [rows, total, targets] = await Promise.all([
        strapi.db.query(UID.SYNC_DELIVERY).findMany({ where, orderBy: { id: 'desc' }, offset: (page - 1) * pageSize, limit: pageSize }),
        strapi.db.query(UID.SYNC_DELIVERY).count({ where }),
        strapi.db.query(UID.SYNC_TARGET).findMany({ select: ['id', 'name'] }),
      ]);
      const names = new Map(targets.map((t: Row) => [t.id, t.name]));
      const data: DeliveryView[] = rows.map((row: Row) => ({
        id: row.id,
        targetId: row.targetId,
        targetName: names.get(row.targetId) ?? '(removed)',
        slug: row.slug,
        revisionNumber: row.revisionNumber,
        webhookId: row.webhookId,
        state: row.state,
        attempts: row.attempts,
        nextAttemptAt: row.state === 'pending' ? iso(row.nextAttemptAt) : null,
        lastStatus: row.lastStatus ?? null,
        lastError: row.lastError ?? null,
        deliveredAt: iso(row.deliveredAt),
        attemptLog: parseJson(row.attemptLog) ?? [],
      }));
      return { data, meta: { pagination: { page, pageSize, total } } };
    },

    /** "Retry now": a dead or waiting delivery goes back to the front of the queue. */
    async retry(id: number) {
      const row = await strapi.db.query(UID.SYNC_DELIVERY).findOne({ where: { id } });
      if (!row) throw new errors.NotFoundError(`No delivery ${id}`);
      if (row.state === 'delivered' || row.state === 'delivering') {
        throw new errors.ValidationError(`Delivery ${id} is ${row.state}`, { errors: [{ path: ['id'], message: `is ${row.state}`, name: 'ValidationError' }] });
      }
      const maxAttempts = (await strapi.db.query(UID.SYNC_TARGET).findOne({ select: ['maxAttempts'], where: { id: row.targetId } }))?.maxAttempts ?? 8;
      // A dead delivery gets a fresh round of attempts.
      const attempts = row.state === 'dead' ? Math.max(0, row.attempts - maxAttempts) : row.attempts;
      await strapi.db.query(UID.SYNC_DELIVERY).update({ where: { id }, data: { state: 'pending', nextAttemptAt: new Date(), attempts } });
      service.kick();
      return (await service.listDeliveries({})).data.find((d) => d.id === id) ?? null;
    },

    /** Sync state of each revision of an explainer, per target, for the edit-view panel. */
    async stateOf(explainerDocumentId: string) {
      return (await service.listDeliveries({ explainerDocumentId, pageSize: 100 })).data;
    },
  };
  return service;
};

const parseJson = (value: unknown) => (typeof value === 'string' ? JSON.parse(value) : value) as DeliveryAttempt[] | null;

export type SyncService = ReturnType<typeof createSyncService>;
export default createSyncService;
