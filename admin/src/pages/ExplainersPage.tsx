import { Layouts, Page } from '@strapi/strapi/admin';
import { Box, Flex, Link, LinkButton, Status, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { ClockCounterClockwise, Discuss } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { useErrorMessage, useRequest, useRevisionsApi, type ExplainerListItem } from '../api/revisions';
import { useLabels } from '../components/common/labels';
import { claimsPath, driftPath, PERMISSIONS, revisionsPath } from '../constants';
import { messages } from '../translations/messages';

const STATUS = {
  draft: { variant: 'secondary', message: messages['explainers.status.draft'] },
  published: { variant: 'success', message: messages['explainers.status.published'] },
  modified: { variant: 'alternative', message: messages['explainers.status.modified'] },
} as const;

const ExplainerStatus = ({ status }: { status: ExplainerListItem['status'] }) => {
  const { formatMessage } = useIntl();
  const entry = STATUS[status ?? 'draft'] ?? STATUS.draft;
  return (
    <Status variant={entry.variant} size="S">
      <Typography tag="span" variant="omega" fontWeight="bold">
        {formatMessage(entry.message)}
      </Typography>
    </Status>
  );
};

/** Each edition of a piece: its latest revision and, for a translation, how far it is behind the source. */
const Editions = ({ explainer }: { explainer: ExplainerListItem }) => {
  const { formatMessage } = useIntl();
  const labels = useLabels();
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      {explainer.editions.map((edition) => {
        const language = labels.language(edition.locale);
        return (
          <Flex key={edition.locale} gap={2} wrap="wrap">
            <Link tag={NavLink} to={revisionsPath(explainer.documentId, edition.locale)}>
              {edition.latestRevision === null
                ? formatMessage(messages['explainers.edition.unpublished'], { language })
                : formatMessage(messages['explainers.edition'], { language, number: edition.latestRevision })}
            </Link>
            {edition.behind !== null && edition.behind > 0 && (
              <Link tag={NavLink} to={driftPath(explainer.documentId, edition.locale)} aria-label={formatMessage(messages['explainers.edition.open-drift'], { language })}>
                <Typography variant="pi" fontWeight="bold" textColor="warning700">
                  {formatMessage(messages['explainers.edition.behind'], { behind: edition.behind })}
                </Typography>
              </Link>
            )}
          </Flex>
        );
      })}
    </Flex>
  );
};

/** The menu page's index: the explainers, each with a way to its revisions. */
export const ExplainersPage = () => {
  const { formatMessage, formatDate } = useIntl();
  const api = useRevisionsApi();
  const errorMessage = useErrorMessage();
  const explainers = useRequest(() => api.listExplainers(), 'explainers');

  if (explainers.isLoading && !explainers.data) return <Page.Loading />;
  if (explainers.error || !explainers.data) return <Page.Error content={explainers.error ? errorMessage(explainers.error) : undefined} />;

  return (
    <Layouts.Root>
      <Page.Title>{formatMessage(messages['explainers.title'])}</Page.Title>
      <Page.Main>
        <Layouts.Header
          title={formatMessage(messages['explainers.title'])}
          subtitle={formatMessage(messages['explainers.subtitle'])}
          primaryAction={
            <LinkButton tag={NavLink} to={claimsPath} startIcon={<Discuss />}>
              {formatMessage(messages['claims.open-desk'])}
            </LinkButton>
          }
        />
        <Layouts.Content>
          {explainers.data.length === 0 ? (
            <Box background="neutral0" padding={8} hasRadius shadow="tableShadow">
              <Typography textColor="neutral600">{formatMessage(messages['explainers.empty'])}</Typography>
            </Box>
          ) : (
            <Table colCount={5} rowCount={explainers.data.length + 1}>
              <Thead>
                <Tr>
                  <Th>
                    <Typography variant="sigma">{formatMessage(messages['explainers.col.title'])}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{formatMessage(messages['explainers.col.status'])}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{formatMessage(messages['explainers.col.editions'])}</Typography>
                  </Th>
                  <Th>
                    <Typography variant="sigma">{formatMessage(messages['explainers.col.updated'])}</Typography>
                  </Th>
                  <Th>
                    <VisuallyHidden>{formatMessage(messages['explainers.col.actions'])}</VisuallyHidden>
                  </Th>
                </Tr>
              </Thead>
              <Tbody>
                {explainers.data.map((explainer) => (
                  <Tr key={explainer.documentId}>
                    <Td>
                      <Typography fontWeight="bold" textColor="neutral800">
                        {explainer.title}
                      </Typography>
                    </Td>
                    <Td>
                      <ExplainerStatus status={explainer.status} />
                    </Td>
                    <Td>
                      <Editions explainer={explainer} />
                    </Td>
                    <Td>
                      <Typography textColor="neutral800">
                        {explainer.updatedAt ? formatDate(new Date(explainer.updatedAt), { dateStyle: 'medium', timeStyle: 'short' }) : '—'}
                      </Typography>
                    </Td>
                    <Td>
                      <Flex gap={2}>
                        <LinkButton
                          tag={NavLink}
                          to={revisionsPath(explainer.documentId)}
                          variant="secondary"
                          size="S"
                          startIcon={<ClockCounterClockwise />}
                        >
                          {formatMessage(messages['explainers.open-revisions'])}
                        </LinkButton>
                        <LinkButton
                          tag={NavLink}
                          to={`${claimsPath}?explainer=${encodeURIComponent(explainer.documentId)}`}
                          variant="tertiary"
                          size="S"
                          startIcon={<Discuss />}
                        >
                          {formatMessage(messages['claims.open-desk-for'])}
                        </LinkButton>
                      </Flex>
                    </Td>
                  </Tr>
                ))}
              </Tbody>
            </Table>
          )}
        </Layouts.Content>
      </Page.Main>
    </Layouts.Root>
  );
};

export const ProtectedExplainersPage = () => (
  <Page.Protect permissions={PERMISSIONS.readRevisions}>
    <ExplainersPage />
  </Page.Protect>
);
