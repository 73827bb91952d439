import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { Webhook } from 'standardwebhooks';
import type { TargetView } from '../../../../shared/contracts/sync';
import { UID } from '../../constants';
import { recordActivity } from '../activity';

type Row = Record<string, any>;

const toTargetView = (row: Row): TargetView => ({
  id: row.id,
  name: row.name,
  url: row.url,
  enabled: !!row.enabled,
  payloadMode: row.payloadMode,
  revalidateUrl: row.revalidateUrl ?? null,
  timeoutMs: row.timeoutMs,
  maxAttempts: row.maxAttempts ?? null,
  hasSecret: !!row.secretCiphertext,
});

/** Sync targets are sites; the alert target (purpose 'alert') shares the table and the worker, nothing else. */
export const SITE_TARGETS = { $or: [{ purpose: { $null: true } }, { purpose: 'site' }] };

/** A target as the worker needs it (secret decrypted), never returned by an API. */
export type TargetForSending = Omit<TargetView, 'name' | 'hasSecret'> & { secret: string | null; purpose: 'site' | 'alert' };

/** Sync targets: where sites receive deliveries. Secrets are encrypted at rest and write-only. */
export const createTargets = ({ strapi }: { strapi: Core.Strapi }) => {
  const encryption = () => strapi.service('admin::encryption') as { encrypt(v: string): string | null; decrypt(v: string): string | null };

  const targets = {
    async listTargets() {
      return (await strapi.db.query(UID.SYNC_TARGET).findMany({ where: SITE_TARGETS, orderBy: { id: 'asc' } })).map(toTargetView);
    },

    async createTarget(input: Row) {
      const { secret, ...rest } = input;
      const row = await strapi.db.query(UID.SYNC_TARGET).create({ data: { ...rest, secretCiphertext: encryption().encrypt(secret) } });
      await recordActivity(strapi, { action: 'sync.target.create', explainerDocumentId: null, detail: { targetId: row.id, targetName: row.name } });
      return toTargetView(row);
    },

    async updateTarget(id: number, input: Row) {
      const existing = await strapi.db.query(UID.SYNC_TARGET).findOne({ where: { id, ...SITE_TARGETS } });
      if (!existing) throw new errors.NotFoundError(`No sync target ${id}`);
      const { secret, ...rest } = input;
      const data = { ...rest, ...(secret ? { secretCiphertext: encryption().encrypt(secret) } : {}) };
      const updated = await strapi.db.query(UID.SYNC_TARGET).update({ where: { id }, data });
      // Which settings changed, by name: a new secret is named, never shown.
      const changed = [...Object.keys(rest).filter((key) => JSON.stringify(existing[key] ?? null) !== JSON.stringify(updated[key] ?? null)), ...(secret ? ['secret'] : [])];
      if (changed.length) await recordActivity(strapi, { action: 'sync.target.update', explainerDocumentId: null, detail: { targetId: id, targetName: updated.name, changed } });
      return toTargetView(updated);
    },

    async deleteTarget(id: number) {
      const existing = await strapi.db.query(UID.SYNC_TARGET).delete({ where: { id, ...SITE_TARGETS } });
      if (!existing) throw new errors.NotFoundError(`No sync target ${id}`);
      await recordActivity(strapi, { action: 'sync.target.delete', explainerDocumentId: null, detail: { targetId: id, targetName: existing.name } });
    },

    async targetForSending(id: number): Promise<TargetForSending | null> {
      const row = await strapi.db.query(UID.SYNC_TARGET).findOne({ where: { id } });
      if (!row) return null;
      return {
        purpose: row.purpose === 'alert' ? 'alert' : 'site',
        id: row.id,
        url: row.url,
        enabled: !!row.enabled,
        payloadMode: row.payloadMode,
        revalidateUrl: row.revalidateUrl ?? null,
        timeoutMs: row.timeoutMs ?? 5000,
        maxAttempts: row.maxAttempts ?? null,
        secret: row.secretCiphertext ? encryption().decrypt(row.secretCiphertext) : null,
      };
    },
  };
  return targets;
};

/** One signed POST per Standard Webhooks (the same `webhook-id` on every retry of a delivery). */
export const signedPost = async (target: TargetForSending, webhookId: string, body: string) => {
  if (!target.secret) throw new Error('signing secret cannot be decrypted (encryption key changed?)');
  const timestamp = new Date();
  return fetch(target.url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'webhook-id': webhookId,
      'webhook-timestamp': String(Math.floor(timestamp.getTime() / 1000)),
      'webhook-signature': new Webhook(target.secret).sign(webhookId, timestamp, body),
      'user-agent': 'strapi-plugin-conflict-explainer',
    },
    body,
    signal: AbortSignal.timeout(target.timeoutMs),
  });
};

export type Targets = ReturnType<typeof createTargets>;
