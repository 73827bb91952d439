/**
 * The admin's typed access to the plugin's sync API (targets with write-only secrets, deliveries and
 * their retry, an explainer's sync state), through Strapi's fetch client with the editor's admin JWT.
 */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';
import type { DeliveryAttempt, DeliveryState, DeliveryView, TargetView } from '../../../shared/contracts/sync';

export type { DeliveryAttempt, DeliveryState, DeliveryView, TargetView };
export { fieldErrorsOf } from './errors';
export { useRequest } from './useRequest';
export { useErrorMessage } from './revisions';

export type PayloadMode = TargetView['payloadMode'];

/** What the form sends. On update every field is optional, and an absent secret keeps the current one. */
export interface TargetInput {
  name?: string;
  url?: string;
  secret?: string;
  enabled?: boolean;
  payloadMode?: PayloadMode;
  revalidateUrl?: string | null;
  timeoutMs?: number;
  maxAttempts?: number;
}

export interface DeliveriesQuery {
  state?: DeliveryState;
  targetId?: number;
  explainerDocumentId?: string;
  page?: number;
  pageSize?: number;
}

export interface DeliveriesPage {
  data: DeliveryView[];
  meta: { pagination: { page: number; pageSize: number; total: number } };
}

export interface SyncApi {
  listTargets(): Promise<TargetView[]>;
  createTarget(input: TargetInput): Promise<TargetView>;
  updateTarget(id: number, input: TargetInput): Promise<TargetView>;
  deleteTarget(id: number): Promise<void>;
  listDeliveries(query?: DeliveriesQuery): Promise<DeliveriesPage>;
  retryDelivery(id: number): Promise<DeliveryView | null>;
  /** Deliveries of the explainer's revisions, newest first. */
  getSyncState(documentId: string): Promise<DeliveryView[]>;
}

type Client = ReturnType<typeof useFetchClient>;

const base = `/${PLUGIN_ID}/sync`;

/** Drops undefined and empty filters, so the query string carries only what is set. */
const compact = (query: DeliveriesQuery) =>
  Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== '' && value !== null));

export const createSyncApi = (client: Pick<Client, 'get' | 'post' | 'put' | 'del'>): SyncApi => ({
  async listTargets() {
    const { data } = await client.get<{ data: TargetView[] }>(`${base}/targets`);
    return data.data;
  },
  async createTarget(input) {
    const { data } = await client.post<{ data: TargetView }>(`${base}/targets`, input);
    return data.data;
  },
  async updateTarget(id, input) {
    const { data } = await client.put<{ data: TargetView }>(`${base}/targets/${id}`, input);
    return data.data;
  },
  async deleteTarget(id) {
    await client.del(`${base}/targets/${id}`);
  },
  async listDeliveries(query = {}) {
    const { data } = await client.get<DeliveriesPage>(`${base}/deliveries`, { params: compact(query) });
    return data;
  },
  async retryDelivery(id) {
    const { data } = await client.post<{ data: DeliveryView | null }>(`${base}/deliveries/${id}/retry`);
    return data.data;
  },
  async getSyncState(documentId) {
    const { data } = await client.get<{ data: DeliveryView[] }>(`/${PLUGIN_ID}/explainers/${encodeURIComponent(documentId)}/sync-state`);
    return data.data;
  },
});

/** The sync API bound to the admin's fetch client. */
export const useSyncApi = (): SyncApi => {
  const client = useFetchClient();
  return React.useMemo(() => createSyncApi(client), [client]);
};
