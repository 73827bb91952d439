/**
 * The admin's typed access to the plugin's revisions API (admin routes under /conflict-explainer,
 * authenticated with the editor's admin JWT through Strapi's fetch client).
 */
import * as React from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { useEditionLocale } from './edition';
import { PLUGIN_ID } from '../pluginId';
import type {
  Activity,
  ExplainerListItem,
  PublishInput,
  PublishResult,
  RestorePreviewResult,
  RestoreResult,
  RevisionComparison,
  RevisionDetail,
  RevisionPage,
  RevisionsApi,
  RevisionStatus,
  TranslationDriftResult,
} from './types';

export * from './types';
export { fieldErrorsOf } from './errors';
export { useErrorMessage } from './useErrorMessage';
export { useRequest } from './useRequest';

type Client = ReturnType<typeof useFetchClient>;

const explainerPath = (documentId: string) => `/${PLUGIN_ID}/explainers/${encodeURIComponent(documentId)}`;

/**
 * The API for one edition of the explainers (`locale`; none: Strapi's default locale): every
 * revision route takes `?locale=`, and each edition has its own revisions.
 */
export const createRevisionsApi = (client: Pick<Client, 'get' | 'post' | 'put' | 'del'>, locale?: string): RevisionsApi => {
  const params = (extra: Record<string, unknown> = {}) => ({ params: locale ? { ...extra, locale } : extra });
  return {
    locale,
    async getStatus(documentId) {
      const { data } = await client.get<{ data: RevisionStatus }>(`${explainerPath(documentId)}/revision-status`, params());
      return data.data;
    },
    async listRevisions(documentId, { page = 1, pageSize = 50 } = {}) {
      const { data } = await client.get<RevisionPage>(`${explainerPath(documentId)}/revisions`, params({ page, pageSize }));
      return data;
    },
    async getRevision(documentId, number) {
      const { data } = await client.get<{ data: RevisionDetail }>(`${explainerPath(documentId)}/revisions/${number}`, params());
      return data.data;
    },
    async compareRevisions(documentId, from, to) {
      const { data } = await client.get<{ data: RevisionComparison }>(`${explainerPath(documentId)}/revisions/compare`, params({ from, to }));
      return data.data;
    },
    async getTranslationDrift(documentId) {
      const { data } = await client.get<{ data: TranslationDriftResult }>(`${explainerPath(documentId)}/translation-drift`, params());
      return data.data;
    },
    async publish(documentId, input: PublishInput) {
      const { data } = await client.post<{ data: PublishResult }>(`${explainerPath(documentId)}/publish`, input, params());
      return data.data;
    },
    async stagePublishIntent(documentId, input: PublishInput) {
      await client.put(`${explainerPath(documentId)}/publish-intent`, input, params());
    },
    async clearPublishIntent(documentId) {
      await client.del(`${explainerPath(documentId)}/publish-intent`, params());
    },
    async restorePreview(documentId, number) {
      const { data } = await client.get<{ data: RestorePreviewResult }>(`${explainerPath(documentId)}/revisions/${number}/restore-preview`, params());
      return data.data;
    },
    async restore(documentId, number) {
      const { data } = await client.post<{ data: RestoreResult }>(`${explainerPath(documentId)}/revisions/${number}/restore`, undefined, params());
      return data.data;
    },
    async listActivities(documentId) {
      const { data } = await client.get<{ data: Activity[] }>(`${explainerPath(documentId)}/activities`);
      return data.data;
    },
    async listExplainers() {
      const { data } = await client.get<{ data: ExplainerListItem[] }>(`/${PLUGIN_ID}/explainers`);
      return data.data;
    },
  };
};

/**
 * The revisions API bound to the admin's fetch client (requests are aborted on unmount) and to the
 * edition the page shows (the Content Manager's locale, or the plugin page's `?locale=`).
 */
export const useRevisionsApi = (): RevisionsApi => {
  const client = useFetchClient();
  const locale = useEditionLocale();
  return React.useMemo(() => createRevisionsApi(client, locale), [client, locale]);
};
