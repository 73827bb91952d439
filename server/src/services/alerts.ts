import { randomUUID } from 'node:crypto';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { ALERT_TYPE, type AlertKind, type AlertPayload, type AlertTargetInput, type AlertTargetView } from '../../../shared/contracts/alerts';
import type { DueClaim } from '../../../shared/contracts/needs-checking';
import { getPluginConfig } from '../config';
import { PLUGIN_ID, UID } from '../constants';
import type { NeedsCheckingService } from './needs-checking';
import type { SyncService } from './sync';

type Row = Record<string, any>;
type Deps = { strapi: Core.Strapi; sync: () => SyncService; needsChecking: () => NeedsCheckingService };

const utc = (iso: string) => `${iso.slice(0, 16).replace('T', ' ')} UTC`;
const isUniqueViolation = (error: any) => error?.code === '23505' || String(error?.code ?? '').startsWith('SQLITE_CONSTRAINT');

/**
 * Editors' alerts: a claim past its due time or a dead delivery becomes an event, recorded once
 * under its key (a unique index) in the same transaction as its outbox delivery to the alert
 * target. So an event is alerted once however many instances look and however often they restart,
 * and the alert itself is signed, retried and dead-lettered like a revision to a site.
 */
export const createAlerts = ({ strapi, sync, needsChecking }: Deps) => {
  const encryption = () => strapi.service('admin::encryption') as { encrypt(v: string): string | null };
  const adminUrl = () => String(strapi.config.get('admin.absoluteUrl') ?? strapi.config.get('admin.url') ?? '/admin').replace(/\/$/, '');
  let timer: NodeJS.Timeout | null = null;
  let scanning: Promise<number> | null = null;

  const targetRow = (): Promise<Row | null> => strapi.db.query(UID.SYNC_TARGET).findOne({ where: { purpose: 'alert' } });

  const toView = (row: Row): AlertTargetView => ({
    url: row.url,
    enabled: !!row.enabled,
    hasSecret: !!row.secretCiphertext,
    alertsSince: new Date(row.createdAt).toISOString(),
  });

  /** Records the event and queues its alert, unless its key is already recorded. True when this call recorded it. */
  const record = async (target: Row, eventKey: string, kind: AlertKind, occurredAt: string, body: Omit<AlertPayload, 'type' | 'deliveryId' | 'eventId' | 'kind' | 'occurredAt'>) => {
    const payload = { type: ALERT_TYPE, eventId: eventKey, kind, occurredAt, ...body };
    try {
      return await strapi.db.transaction(async () => {
        if (await strapi.db.query(UID.ALERT_EVENT).findOne({ select: ['id'], where: { eventKey } })) return false;
        // Another instance recording the same key at once hits the unique index and rolls back.
        const event = await strapi.db.query(UID.ALERT_EVENT).create({ data: { eventKey, kind, occurredAt, payload } });
        await sync().enqueueAlert(event.id, target.id);
        return true;
      });
    } catch (error) {
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  };

  const claimAlert = (claim: DueClaim) => {
    const params = new URLSearchParams({ claim: claim.documentId });
    if (claim.explainer) params.set('explainer', claim.explainer.documentId);
    return {
      text: `Claim due for re-verification: “${claim.statement}” (${claim.claimStatus}; re-checked every ${claim.everyHours} h while the situation is ${claim.situation}). Due ${utc(claim.dueAt)}.`,
      link: `${adminUrl()}/plugins/${PLUGIN_ID}/claims?${params}`,
      claim: {
        documentId: claim.documentId,
        statement: claim.statement,
        claimStatus: claim.claimStatus,
        lastVerifiedAt: claim.lastVerifiedAt,
        dueAt: claim.dueAt,
        everyHours: claim.everyHours,
        situation: claim.situation,
      },
    };
  };

  const deliveryAlert = (row: Row, targetName: string) => {
    const what = row.kind === 'removal' ? `the removal of ${row.slug}` : `revision ${row.revisionNumber} of ${row.slug}`;
    return {
      text: `Delivery to ${targetName} is dead: ${what}, after ${row.attempts} attempts (${row.lastError ?? 'no answer'}). It is sent again when the site answers; "Retry now" is in Settings → sync.`,
      link: `${adminUrl()}/settings/${PLUGIN_ID}-sync?state=dead`,
      delivery: { id: row.id, targetName, slug: row.slug, revisionNumber: row.revisionNumber, kind: row.kind ?? 'revision', attempts: row.attempts, lastError: row.lastError ?? null },
    };
  };

  const alerts = {
    async getTarget(): Promise<AlertTargetView | null> {
      const row = await targetRow();
      return row ? toView(row) : null;
    },

    /** The alert target (one); its secret is write-only, required the first time. */
    async saveTarget(input: AlertTargetInput): Promise<AlertTargetView> {
      const existing = await targetRow();
      const secret = input.secret ? { secretCiphertext: encryption().encrypt(input.secret) } : {};
      if (!existing) {
        if (!input.url || !input.secret) {
          const missing = (['url', 'secret'] as const).filter((field) => !input[field]);
          throw new errors.ValidationError(`${missing.join(', ')}: required for the first alert target`, {
            errors: missing.map((field) => ({ path: [field], message: 'is required', name: 'ValidationError' })),
          });
        }
        const row = await strapi.db.query(UID.SYNC_TARGET).create({
          data: { name: 'Alerts', url: input.url, enabled: input.enabled ?? true, payloadMode: 'event', purpose: 'alert', timeoutMs: 5000, ...secret },
        });
        return toView(row);
      }
      const data = { ...(input.url ? { url: input.url } : {}), ...(input.enabled !== undefined ? { enabled: input.enabled } : {}), ...secret };
      return toView(await strapi.db.query(UID.SYNC_TARGET).update({ where: { id: existing.id }, data }));
    },

    /** A test alert now (its own event), to see the target answer. */
    async sendTest() {
      const target = await targetRow();
      if (!target) throw new errors.NotFoundError('No alert target is set');
      const now = new Date().toISOString();
      await record(target, `test:${randomUUID()}`, 'test', now, { text: 'Test alert from the conflict explainer: alerts reach this channel.', link: `${adminUrl()}/settings/${PLUGIN_ID}-alerts` });
      return { queued: true };
    },

    /**
     * Looks once for new events and alerts each (returns how many this call recorded). Claims due
     * before the alert target was set are not news; dead deliveries are, whenever they died.
     */
    async scan(now = Date.now()): Promise<number> {
      const target = await targetRow();
      if (!target?.enabled) return 0;
      const since = new Date(target.createdAt).getTime();
      let recorded = 0;
      for (const claim of await needsChecking().dueClaims(now)) {
        if (Date.parse(claim.dueAt) < since) continue;
        const key = `claim-due:${claim.documentId}:${claim.lastVerifiedAt ?? 'never'}`;
        if (await record(target, key, 'claim-due', claim.dueAt, claimAlert(claim))) recorded += 1;
      }
      const dead = await strapi.db.query(UID.SYNC_DELIVERY).findMany({
        // An alert that cannot be delivered is not itself alerted (it would only queue behind it).
        where: { state: 'dead', $or: [{ kind: { $null: true } }, { kind: { $in: ['revision', 'reset', 'removal'] } }] },
        orderBy: { id: 'asc' },
      });
      const names = new Map((await strapi.db.query(UID.SYNC_TARGET).findMany({ select: ['id', 'name'] })).map((t: Row) => [t.id, t.name as string]));
      for (const row of dead as Row[]) {
        // A delivery woken and dead again is a new event: its retry window started anew.
        const window = row.retrySince ? new Date(row.retrySince).toISOString() : 'none';
        const occurredAt = new Date(now).toISOString();
        if (await record(target, `delivery-dead:${row.id}:${window}`, 'delivery-dead', occurredAt, deliveryAlert(row, names.get(row.targetId) ?? '(removed)'))) recorded += 1;
      }
      return recorded;
    },

    /** Scans now and every `alertScanMs` (one scan at a time per instance); the first scan catches up after a restart. */
    start() {
      const tick = () => {
        if (scanning) return;
        scanning = alerts
          .scan()
          .catch((error) => {
            strapi.log.error(`[${PLUGIN_ID}] alerts: ${(error as Error).message}`);
            return 0;
          })
          .finally(() => {
            scanning = null;
          });
      };
      timer = setInterval(tick, getPluginConfig(strapi).alertScanMs);
      tick();
    },

    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await scanning;
    },
  };
  return alerts;
};

export type AlertsService = ReturnType<typeof createAlerts>;

export default ({ strapi }: { strapi: Core.Strapi }) =>
  createAlerts({
    strapi,
    sync: () => strapi.plugin(PLUGIN_ID).service('sync') as SyncService,
    needsChecking: () => strapi.plugin(PLUGIN_ID).service('needs-checking') as NeedsCheckingService,
  });
