/**
 * The admin's typed access to the claims desk API (admin routes under /conflict-explainer,
 * authenticated with the editor's admin JWT through Strapi's fetch client).
 */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../pluginId';
import type { ClaimDetail, ClaimsApi, ClaimsPage, ClaimsQuery, DeskActor, ExplainerListItem } from './claimsTypes';

export * from './claimsTypes';
export { conflictOf } from './conflict';
export { fieldErrorsOf } from './errors';
export { useErrorMessage } from './useErrorMessage';
export { useRequest } from './useRequest';

type Client = ReturnType<typeof useFetchClient>;

const claimPath = (documentId: string) => `/${PLUGIN_ID}/claims/${encodeURIComponent(documentId)}`;

/**
 * The list's query string, encoded here (Strapi's client does not encode params): repeated
 * `status`, and only the filters that are set.
 */
export const claimsQueryString = (query: ClaimsQuery) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    for (const item of Array.isArray(value) ? value : [value]) params.append(key, String(item));
  }
  return params.toString();
};

export const createClaimsApi = (client: Pick<Client, 'get' | 'post' | 'put' | 'del'>): ClaimsApi => ({
  async listClaims(query) {
    const { data } = await client.get<ClaimsPage>(`/${PLUGIN_ID}/claims`, { params: claimsQueryString(query) });
    return data;
  },
  async getClaim(documentId) {
    const { data } = await client.get<{ data: ClaimDetail }>(claimPath(documentId));
    return data.data;
  },
  async createClaim(input) {
    const { data } = await client.post<{ data: ClaimDetail }>(`/${PLUGIN_ID}/claims`, input);
    return data.data;
  },
  async updateClaim(documentId, input) {
    const { data } = await client.put<{ data: ClaimDetail }>(claimPath(documentId), input);
    return data.data;
  },
  async changeStatus(documentId, input) {
    const { data } = await client.post<{ data: ClaimDetail }>(`${claimPath(documentId)}/status`, input);
    return data.data;
  },
  async markVerified(documentId, version) {
    const { data } = await client.post<{ data: ClaimDetail }>(`${claimPath(documentId)}/verify`, { version });
    return data.data;
  },
  async link(documentId, kind, target) {
    const { data } = await client.post<{ data: ClaimDetail }>(`${claimPath(documentId)}/links`, { kind, target });
    return data.data;
  },
  async unlink(documentId, kind, target) {
    const { data } = await client.del<{ data: ClaimDetail }>(`${claimPath(documentId)}/links/${kind}/${encodeURIComponent(target)}`);
    return data.data;
  },
  async listActors(search) {
    const { data } = await client.get<{ data: DeskActor[] }>(`/${PLUGIN_ID}/actors`, {
      params: search ? new URLSearchParams({ search }).toString() : undefined,
    });
    return data.data;
  },
  async listExplainers() {
    const { data } = await client.get<{ data: ExplainerListItem[] }>(`/${PLUGIN_ID}/explainers`);
    return data.data;
  },
});

/** The claims desk API bound to the admin's fetch client. */
export const useClaimsApi = (): ClaimsApi => {
  const client = useFetchClient();
  return React.useMemo(() => createClaimsApi(client), [client]);
};
