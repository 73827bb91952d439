/** The admin's typed access to the alert target (write-only secret) and the test alert. */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';
import type { AlertTargetInput, AlertTargetResponse, AlertTargetView } from '../../../shared/contracts/alerts';

export type { AlertTargetInput, AlertTargetView };

type Client = ReturnType<typeof useFetchClient>;
const base = `/${PLUGIN_ID}/alerts`;

export const createAlertsApi = (client: Pick<Client, 'get' | 'put' | 'post'>) => ({
  async getTarget(): Promise<AlertTargetView | null> {
    const { data } = await client.get<AlertTargetResponse>(`${base}/target`);
    return data.data;
  },
  async saveTarget(input: AlertTargetInput): Promise<AlertTargetView> {
    const { data } = await client.put<{ data: AlertTargetView }, AlertTargetInput>(`${base}/target`, input);
    return data.data;
  },
  async sendTest(): Promise<void> {
    await client.post(`${base}/test`);
  },
});

export type AlertsApi = ReturnType<typeof createAlertsApi>;

export const useAlertsApi = (): AlertsApi => {
  const client = useFetchClient();
  return React.useMemo(() => createAlertsApi(client), [client]);
};
