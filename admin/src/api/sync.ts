/**
 * The admin's typed access to the plugin's sync API (targets with write-only secrets, deliveries and
 * their retry, an explainer's sync state), through Strapi's fetch client with the editor's admin JWT.
 */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';
import type { DeliveryAttempt, DeliveryState, DeliveryView, ReconcileReport, TargetView } from '../../../shared/contracts/sync';
import type {
  DeliveriesPage,
  DeliveriesQuery,
  PayloadMode,
  ReconcileResponse,
  RetryResponse,
  SyncStateResponse,
  TargetInput,
  TargetResponse,
  TargetsResponse,
} from '../../../shared/contracts/sync-admin';

export type { DeliveriesPage, DeliveriesQuery, DeliveryAttempt, DeliveryState, DeliveryView, PayloadMode, ReconcileReport, TargetInput, TargetView };
export { fieldErrorsOf } from './errors';
export { useRequest } from './useRequest';
export { useErrorMessage } from './useErrorMessage';

export interface SyncApi {
  listTargets(): Promise<TargetView[]>;
  createTarget(input: TargetInput): Promise<TargetView>;
  updateTarget(id: number, input: TargetInput): Promise<TargetView>;
  deleteTarget(id: number): Promise<void>;
  /** Compares the site's state with the CMS; what differs is queued again. */
  reconcileTarget(id: number): Promise<ReconcileReport>;
  listDeliveries(query?: DeliveriesQuery): Promise<DeliveriesPage>;
  retryDelivery(id: number): Promise<DeliveryView | null>;
  /** Deliveries of the explainer's revisions, newest first. */
  /** One edition's deliveries (none: the default locale's). */
  getSyncState(documentId: string, locale?: string): Promise<DeliveryView[]>;
}

type Client = ReturnType<typeof useFetchClient>;

const base = `/${PLUGIN_ID}/sync`;

/** Drops undefined and empty filters, so the query string carries only what is set. */
const compact = (query: DeliveriesQuery) =>
  Object.fromEntries(Object.entries(query).filter(([, value]) => value !== undefined && value !== '' && value !== null));

export const createSyncApi = (client: Pick<Client, 'get' | 'post' | 'put' | 'del'>): SyncApi => ({
  async listTargets() {
    const { data } = await client.get<TargetsResponse>(`${base}/targets`);
    return data.data;
  },
  async createTarget(input) {
    const { data } = await client.post<TargetResponse, TargetInput>(`${base}/targets`, input);
    return data.data;
  },
  async updateTarget(id, input) {
    const { data } = await client.put<TargetResponse, TargetInput>(`${base}/targets/${id}`, input);
    return data.data;
  },
  async deleteTarget(id) {
    await client.del(`${base}/targets/${id}`);
  },
  async reconcileTarget(id) {
    const { data } = await client.post<ReconcileResponse>(`${base}/targets/${id}/reconcile`);
    return data.data;
  },
  async listDeliveries(query = {}) {
    const { data } = await client.get<DeliveriesPage>(`${base}/deliveries`, { params: compact(query) });
    return data;
  },
  async retryDelivery(id) {
    const { data } = await client.post<RetryResponse>(`${base}/deliveries/${id}/retry`);
    return data.data;
  },
  async getSyncState(documentId, locale) {
    const { data } = await client.get<SyncStateResponse>(`/${PLUGIN_ID}/explainers/${encodeURIComponent(documentId)}/sync-state`, locale ? { params: { locale } } : undefined);
    return data.data;
  },
});

/** The sync API bound to the admin's fetch client. */
export const useSyncApi = (): SyncApi => {
  const client = useFetchClient();
  return React.useMemo(() => createSyncApi(client), [client]);
};
