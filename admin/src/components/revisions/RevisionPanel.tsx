import type { PanelComponent, PanelComponentProps } from '@strapi/content-manager/strapi-admin';
import { unstable_useDocument, useNotification, useQueryParams, useRBAC } from '@strapi/strapi/admin';
import { Box, Button, Flex, Loader, Typography } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { editionKey } from '../../api/edition';
import { useErrorMessage, useRequest, useRevisionsApi, type PublishResult } from '../../api/revisions';
import { driftPath, EXPLAINER_UID, PERMISSIONS, revisionsPath, SYNC_PERMISSIONS, syncSettingsPath } from '../../constants';
import { messages } from '../../translations/messages';
import { setRevisionStatus, usePublishAnnouncements } from './revisionStatusStore';
import { RevisionStatusView, restoredSinceLatest } from './RevisionStatusView';
import { SyncStateSection } from '../sync/SyncStateSection';

/** The edit view's query as the Content Manager sends it (plugin options flattened), so a refetch hits its cache entry. */
const useContentManagerParams = () => {
  const [{ query }] = useQueryParams<Record<string, unknown> & { plugins?: Record<string, unknown> }>();
  return React.useMemo(() => {
    if (!query) return query;
    const { plugins, ...rest } = query;
    const flattened = Object.values(plugins ?? {}).reduce<Record<string, unknown>>(
      (acc, value) => (value && typeof value === 'object' ? Object.assign(acc, value) : acc),
      {}
    );
    return { ...rest, ...flattened };
  }, [query]);
};

const RevisionPanelBody = ({ model, documentId, document, activeTab, collectionType }: PanelComponentProps & { documentId: string }) => {
  const { formatMessage } = useIntl();
  const api = useRevisionsApi();
  const locale = api.locale;
  const edition = editionKey(documentId, locale);
  const errorMessage = useErrorMessage();
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC({ publish: PERMISSIONS.publishRevisions, manageSync: SYNC_PERMISSIONS.manage });
  const params = useContentManagerParams();
  const { refetch: refetchDocument } = unstable_useDocument({ collectionType, model, documentId, params });

  // Saving or publishing in the Content Manager changes these, and the status is loaded again.
  const key = `${edition}|${document?.updatedAt ?? ''}|${document?.publishedAt ?? ''}`;
  const status = useRequest(() => api.getStatus(documentId), key, { keepPreviousData: true });
  const activities = useRequest(() => api.listActivities(documentId), key, { keepPreviousData: true });

  React.useEffect(() => {
    if (status.data) setRevisionStatus(edition, status.data);
  }, [edition, status.data]);

  // The edit view's Publish (ExplainerPublishAction): its answer is the panel's new state, shown at once.
  usePublishAnnouncements(edition, (result: PublishResult) => {
    if (result.changed) {
      toggleNotification({ type: 'success', message: formatMessage(messages['publish.success'], { number: result.revision.number }) });
    } else {
      toggleNotification({ type: 'info', message: formatMessage(messages['publish.unchanged']) });
    }
    if (result.status) status.setData(result.status);
    activities.refetch();
    refetchDocument();
  });

  if (status.error && !status.data) {
    return (
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="pi" textColor="danger600">
          {formatMessage(messages['panel.error'], { message: errorMessage(status.error) })}
        </Typography>
        <Button variant="tertiary" size="S" onClick={status.refetch}>
          {formatMessage(messages['panel.retry'])}
        </Button>
      </Flex>
    );
  }
  if (!status.data) {
    return <Loader small>{formatMessage(messages['panel.loading'])}</Loader>;
  }
  return (
    <>
      <RevisionStatusView
        status={status.data}
        restored={restoredSinceLatest(activities.data ?? [], status.data.latest)}
        canPublish={Boolean(allowedActions.canPublish)}
        isPublishedTab={activeTab === 'published'}
        revisionsLink={revisionsPath(documentId, locale)}
        driftLink={driftPath(documentId, locale)}
      />
      <Box width="100%" paddingTop={4} marginTop={4} borderColor="neutral200" borderStyle="solid" borderWidth="1px 0 0 0">
        <SyncStateSection
          documentId={documentId}
          locale={locale}
          refreshKey={`${key}|${status.data.latest?.number ?? 0}`}
          // useRBAC names each action after its last segment: `sync.manage` → canManage.
          settingsLink={allowedActions.canManage ? syncSettingsPath : undefined}
        />
      </Box>
    </>
  );
};

/** Content Manager edit-view side panel for explainers: current revision, pending changes, sync state (publishing is the edit view's Publish). */
export const RevisionPanel: PanelComponent = (props) => {
  const { formatMessage } = useIntl();
  const { model, documentId } = props;
  if (model !== EXPLAINER_UID || !documentId || documentId === 'create') return null;
  return {
    title: formatMessage(messages['panel.title']),
    content: <RevisionPanelBody {...props} documentId={documentId} />,
  };
};
