import { randomUUID } from 'node:crypto';
import os from 'node:os';
import type { Core } from '@strapi/strapi';
import type { DeliveryAttempt, SiteAnswer } from '../../../../shared/contracts/sync';
import { getPluginConfig } from '../../config';
import { PLUGIN_ID, UID } from '../../constants';
import type { Outbox } from './outbox';
import type { Payloads } from './payload';
import { recordActivity } from '../activity';
import { afterFailure } from './schedule';
import { signedPost, type TargetForSending, type Targets } from './targets';

type Row = Record<string, any>;

const BATCH = 10;
const ATTEMPT_LOG_LIMIT = 20;

export const parseAttemptLog = (value: unknown) => ((typeof value === 'string' ? JSON.parse(value) : value) ?? []) as DeliveryAttempt[];

/**
 * The outbox's worker: claims due deliveries (PostgreSQL: FOR UPDATE SKIP LOCKED, so several
 * instances never take the same row), signs each POST, and retries on the schedule. Per
 * target and explainer, deliveries go out in the order they were queued; a dead one holds back the
 * later ones and is probed until the target answers, which wakes every dead delivery of that target.
 */
type WorkerDeps = { strapi: Core.Strapi; targets: Targets; payloads: Payloads; outbox: Outbox };

export const createWorker = ({ strapi, targets, payloads, outbox }: WorkerDeps) => {
  const owner = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  let timer: NodeJS.Timeout | null = null;
  let dueTimer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = true;

  /** Sends one delivery; a site that lacks the previous revision ("gap") gets the same revision as a reset. */
  const send = async (delivery: Row, target: TargetForSending) => {
    let response = await signedPost(target, delivery.webhook_id, await payloads.bodyFor(delivery, target.payloadMode));
    if (response.status === 409 && delivery.kind === 'revision') {
      const answer = (await response.json().catch(() => null)) as SiteAnswer | null;
      if (answer?.reason === 'gap') response = await signedPost(target, delivery.webhook_id, await payloads.bodyFor(delivery, target.payloadMode, true));
    }
    await response.arrayBuffer().catch(() => undefined);
    return response.status;
  };

  /**
   * The activity log gets a delivery's first failure and its death, once each: not every retry, and
   * not a dead delivery's periodic probe of its target (it was dead before that attempt already).
   */
  const recordDeliveryTrouble = async (delivery: Row, target: TargetForSending | null, state: string, error: string | null, retrySince: Date, started: number) => {
    const schedule = getPluginConfig(strapi);
    const before = afterFailure({ attempts: delivery.attempts - 1, retrySince, maxAttempts: target ? target.maxAttempts : 0 }, schedule, started);
    const action = state === 'dead' ? (before.state === 'dead' && delivery.attempts > 1 ? null : 'delivery.dead') : delivery.attempts === 1 ? 'delivery.failed' : null;
    if (!action) return;
    const targetRow = await strapi.db.query(UID.SYNC_TARGET).findOne({ select: ['name'], where: { id: delivery.target_id } });
    await recordActivity(strapi, {
      action,
      explainerDocumentId: delivery.explainer_document_id,
      revisionNumber: delivery.revision_number,
      detail: { deliveryId: delivery.id, targetId: delivery.target_id, targetName: targetRow?.name ?? null, error, attempts: delivery.attempts },
    }).catch((e) => strapi.log.warn(`[conflict-explainer] could not record delivery ${delivery.id} in the activity log: ${e}`));
  };

  const deliver = async (delivery: Row) => {
    const target = await targets.targetForSending(delivery.target_id);
    const started = Date.now();
    let status: number | null = null;
    let error: string | null = null;
    if (!target || !target.enabled) error = 'target removed or disabled';
    else {
      try {
        status = await send(delivery, target);
        if (status < 200 || status >= 300) error = `HTTP ${status}`;
      } catch (e) {
        error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
      }
    }
    const attempt: DeliveryAttempt = { at: new Date(started).toISOString(), status, error, durationMs: Date.now() - started };
    const log = [...parseAttemptLog(delivery.attempt_log), attempt].slice(-ATTEMPT_LOG_LIMIT);
    const delivered = error === null;
    const retrySince = new Date(delivery.retry_since ?? delivery.next_attempt_at);
    const next = delivered
      ? { state: 'delivered', nextAttemptAt: new Date() }
      : afterFailure({ attempts: delivery.attempts, retrySince, maxAttempts: target ? target.maxAttempts : 0 }, getPluginConfig(strapi));
    if (!delivered) await recordDeliveryTrouble(delivery, target, next.state, error, retrySince, started);
    await outbox.finish(delivery.id, owner, {
      state: next.state,
      last_status: status,
      last_error: error,
      delivered_at: delivered ? new Date() : null,
      next_attempt_at: next.nextAttemptAt,
      attempt_log: JSON.stringify(log),
    });
    if (!delivered || !target) return;
    await outbox.wakeDead(target.id);
    if (target.revalidateUrl) fetch(target.revalidateUrl, { method: 'POST', signal: AbortSignal.timeout(2000) }).catch(() => undefined);
  };

  /**
   * A retry falls due between polls: wake for the earliest one rather than at the next poll, so a
   * site that recovers gets its revisions one backoff step later, not a poll interval after that.
   */
  const wakeForNextRetry = async () => {
    const due = await outbox.earliestDue();
    if (!due || stopped) return;
    const delay = Math.max(0, due.getTime() - Date.now());
    if (delay >= getPluginConfig(strapi).syncPollMs) return; // the poll comes first
    if (dueTimer) clearTimeout(dueTimer);
    dueTimer = setTimeout(() => {
      dueTimer = null;
      worker.kick();
    }, delay + 1);
  };

  /** One pass: claim what is due, deliver it, repeat while there is more. */
  const drain = async () => {
    for (;;) {
      const batch = await outbox.claimDue(owner, BATCH);
      if (batch.length === 0) return;
      await Promise.all(batch.map((delivery) => deliver(delivery)));
    }
  };

  const worker = {
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
      timer = setInterval(() => worker.kick(), syncPollMs);
      worker.kick();
    },

    async stop() {
      stopped = true;
      if (timer) clearInterval(timer);
      if (dueTimer) clearTimeout(dueTimer);
      timer = null;
      dueTimer = null;
      await running;
    },
  };
  return worker;
};

export type Worker = ReturnType<typeof createWorker>;
