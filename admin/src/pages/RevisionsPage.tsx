import { Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';
import { Box, Button, Flex, Link, LinkButton, Loader, Tabs, Typography } from '@strapi/design-system';
import { ArrowLeft, Pencil } from '@strapi/icons';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { NavLink, useParams } from 'react-router-dom';
import { useErrorMessage, useRequest, useRevisionsApi, type Activity, type RevisionDetail } from '../api/revisions';
import { useForgetContentManagerDocument } from '../api/contentManagerCache';
import { ActivityList } from '../components/revisions/ActivityList';
import { ChangeSummaryList } from '../components/revisions/ChangeSummaryList';
import { ComparePanel } from '../components/revisions/ComparePanel';
import { useLabels } from '../components/common/labels';
import { KindBadge } from '../components/revisions/KindBadge';
import { RestoreDialog } from '../components/revisions/RestoreDialog';
import { RevisionsTable } from '../components/revisions/RevisionsTable';
import { SnapshotView } from '../components/revisions/SnapshotView';
import { contentManagerPath, EXPLAINER_UID, PERMISSIONS, pluginPath } from '../constants';
import { messages } from '../translations/messages';

const PAGE_SIZE = 50;

const Card = ({ children, padding = 6 }: { children: React.ReactNode; padding?: number }) => (
  <Box background="neutral0" padding={padding} hasRadius shadow="tableShadow">
    {children}
  </Box>
);

/** One revision: its notes, what it changed from the one before, and its content. */
const RevisionView = ({ revision }: { revision: RevisionDetail }) => {
  const { formatMessage, formatDate } = useIntl();
  const labels = useLabels();
  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Flex gap={2}>
          <Typography variant="beta" tag="h2">
            {formatMessage(messages['revisions.view.heading'], { number: revision.number })}
          </Typography>
          <KindBadge kind={revision.kind} />
        </Flex>
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(messages['revisions.view.meta'], {
            kind: labels.kind(revision.kind),
            date: formatDate(new Date(revision.publishedAt), { dateStyle: 'long', timeStyle: 'short' }),
            editor: revision.editorName ?? formatMessage(messages['revisions.unknown-editor']),
          })}
        </Typography>
        <Typography variant="epsilon" textColor="neutral800">
          “{revision.publicNote}”
        </Typography>
        {revision.internalNote && (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(messages['publish.internal-note'])}: {revision.internalNote}
          </Typography>
        )}
        {revision.restoredFrom && (
          <Typography variant="pi" textColor="primary600">
            {formatMessage(messages['revisions.restored-from'], { number: revision.restoredFrom })}
          </Typography>
        )}
      </Flex>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h3">
          {formatMessage(messages['revisions.view.changes'])}
        </Typography>
        {revision.number === 1 || !revision.summary ? (
          <Typography textColor="neutral600">{formatMessage(messages['revisions.view.first'])}</Typography>
        ) : (
          <ChangeSummaryList summary={revision.summary} />
        )}
      </Flex>
      <Box borderColor="neutral200" borderStyle="solid" borderWidth="1px 0 0 0" paddingTop={6}>
        <Flex direction="column" alignItems="stretch" gap={4}>
          <Typography variant="sigma" textColor="neutral600" tag="h3">
            {formatMessage(messages['revisions.view.content'])}
          </Typography>
          <SnapshotView content={revision.snapshot.content} />
        </Flex>
      </Box>
    </Flex>
  );
};

/** Every revision of one explainer: list, view any one, compare any two, restore one as the draft. */
export const RevisionsPage = () => {
  const { documentId = '' } = useParams<{ documentId: string }>();
  const { formatMessage } = useIntl();
  const api = useRevisionsApi();
  const locale = api.locale;
  const errorMessage = useErrorMessage();
  const { toggleNotification } = useNotification();
  const { allowedActions } = useRBAC({ restore: PERMISSIONS.restoreRevisions });

  const [page, setPage] = React.useState(1);
  const list = useRequest(() => api.listRevisions(documentId, { page, pageSize: PAGE_SIZE }), `${documentId}|${locale}|${page}`, {
    keepPreviousData: true,
  });
  const activities = useRequest(() => api.listActivities(documentId), documentId);
  // Revisions are numbered 1, 2, 3… so the total is the latest number.
  const latest = list.data?.meta.pagination.total ?? 0;

  const [selected, setSelected] = React.useState<number | null>(null);
  const shown = selected ?? (latest || null);
  const detail = useRequest(() => api.getRevision(documentId, shown!), shown ? `${documentId}|${locale}|${shown}` : null);
  const [tab, setTab] = React.useState<'view' | 'compare'>('view');
  const [range, setRange] = React.useState<{ from: number; to: number } | null>(null);
  const compareRange = range ?? { from: Math.max(1, latest - 1), to: latest };

  const [restoring, setRestoring] = React.useState<number | null>(null);
  const [restoreBusy, setRestoreBusy] = React.useState(false);
  const forgetCachedDocument = useForgetContentManagerDocument();
  const restore = async (number: number) => {
    setRestoreBusy(true);
    try {
      const result = await api.restore(documentId, number);
      // The draft changed behind the Content Manager: its edit view must load it afresh.
      forgetCachedDocument(EXPLAINER_UID, documentId);
      toggleNotification({ type: 'success', message: result.message });
      activities.refetch();
    } catch (error) {
      toggleNotification({ type: 'danger', message: formatMessage(messages['restore.failed'], { message: errorMessage(error) }) });
    } finally {
      setRestoreBusy(false);
      setRestoring(null);
    }
  };

  if (list.isLoading && !list.data) return <Page.Loading />;
  if (list.error || !list.data) return <Page.Error content={list.error ? errorMessage(list.error) : undefined} />;

  const title = detail.data?.snapshot.content.title;
  const { total, pageSize } = list.data.meta.pagination;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));

  return (
    <Layouts.Root>
      <Page.Title>{formatMessage(messages['revisions.title'])}</Page.Title>
      <Page.Main>
        <Layouts.Header
          navigationAction={
            <Link tag={NavLink} to={pluginPath} startIcon={<ArrowLeft />}>
              {formatMessage(messages['revisions.back'])}
            </Link>
          }
          title={formatMessage(messages['revisions.title'])}
          subtitle={
            title
              ? formatMessage(messages['revisions.subtitle'], { title, count: total })
              : formatMessage(messages['revisions.subtitle-untitled'], { count: total })
          }
          primaryAction={
            <LinkButton tag={NavLink} to={contentManagerPath(documentId, locale)} variant="secondary" startIcon={<Pencil />}>
              {formatMessage(messages['revisions.open-in-cm'])}
            </LinkButton>
          }
        />
        <Layouts.Content>
          {total === 0 ? (
            <Card>
              <Typography textColor="neutral600">{formatMessage(messages['revisions.empty'])}</Typography>
            </Card>
          ) : (
            <Flex direction="column" alignItems="stretch" gap={6}>
              <Flex direction="column" alignItems="stretch" gap={3}>
                <RevisionsTable
                  revisions={list.data.data}
                  selected={tab === 'view' ? shown : null}
                  onView={(number) => {
                    setSelected(number);
                    setTab('view');
                  }}
                  onCompareWithPrevious={(number) => {
                    setRange({ from: number - 1, to: number });
                    setTab('compare');
                  }}
                  onRestore={allowedActions.canRestore ? setRestoring : undefined}
                />
                {pageCount > 1 && (
                  <Flex gap={2} justifyContent="flex-end">
                    <Button variant="tertiary" size="S" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                      {formatMessage(messages['revisions.previous-page'])}
                    </Button>
                    <Button variant="tertiary" size="S" disabled={page >= pageCount} onClick={() => setPage(page + 1)}>
                      {formatMessage(messages['revisions.next-page'])}
                    </Button>
                  </Flex>
                )}
              </Flex>

              <Card>
                <Tabs.Root value={tab} onValueChange={(value) => setTab(value as 'view' | 'compare')}>
                  <Tabs.List aria-label={formatMessage(messages['revisions.title'])}>
                    <Tabs.Trigger value="view">{formatMessage(messages['revisions.tab.view'], { number: shown ?? '' })}</Tabs.Trigger>
                    <Tabs.Trigger value="compare">{formatMessage(messages['revisions.tab.compare'])}</Tabs.Trigger>
                  </Tabs.List>
                  <Tabs.Content value="view">
                    <Box paddingTop={6}>
                      {detail.error ? (
                        <Typography textColor="danger600">{errorMessage(detail.error)}</Typography>
                      ) : detail.data ? (
                        <RevisionView revision={detail.data} />
                      ) : (
                        <Loader small />
                      )}
                    </Box>
                  </Tabs.Content>
                  <Tabs.Content value="compare">
                    <Box paddingTop={6}>
                      <ComparePanel
                        documentId={documentId}
                        latest={latest}
                        from={compareRange.from}
                        to={compareRange.to}
                        onChange={setRange}
                      />
                    </Box>
                  </Tabs.Content>
                </Tabs.Root>
              </Card>

              <Card>
                <Flex direction="column" alignItems="stretch" gap={4}>
                  <Typography variant="delta" tag="h2">
                    {formatMessage(messages['revisions.activity'])}
                  </Typography>
                  {activities.data ? (
                    <ActivityList
                      explainerDocumentId={documentId}
                      activities={activities.data}
                      onViewRevision={(number) => {
                        setSelected(number);
                        setTab('view');
                      }}
                    />
                  ) : (
                    <Loader small />
                  )}
                </Flex>
              </Card>
            </Flex>
          )}
        </Layouts.Content>
      </Page.Main>
      <RestoreDialog documentId={documentId} number={restoring} restoring={restoreBusy} onCancel={() => setRestoring(null)} onConfirm={restore} />
    </Layouts.Root>
  );
};

export const ProtectedRevisionsPage = () => (
  <Page.Protect permissions={PERMISSIONS.readRevisions}>
    <RevisionsPage />
  </Page.Protect>
);
