/** The admin's typed access to GET /conflict-explainer/needs-checking (the home page's widgets). */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';
import type { DueClaim, FailingDelivery, NeedsCheckingList, NeedsCheckingResponse, OldMap } from '../../../shared/contracts/needs-checking';

export type { DueClaim, FailingDelivery, NeedsCheckingList, NeedsCheckingResponse, OldMap };
export type NeedsChecking = NeedsCheckingResponse['data'];

type Client = ReturnType<typeof useFetchClient>;

export const createNeedsCheckingApi = (client: Pick<Client, 'get'>) => ({
  async get(list: NeedsCheckingList): Promise<NeedsChecking> {
    const { data } = await client.get<NeedsCheckingResponse>(`/${PLUGIN_ID}/needs-checking`, { params: { list } });
    return data.data;
  },
});

export const useNeedsCheckingApi = () => {
  const client = useFetchClient();
  return React.useMemo(() => createNeedsCheckingApi(client), [client]);
};
