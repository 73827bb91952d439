import { Layouts, Page } from '@strapi/strapi/admin';
import { Box, Flex, Link, LinkButton, Typography } from '@strapi/design-system';
import { ArrowLeft, Pencil } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { NavLink, useParams } from 'react-router-dom';
import { useErrorMessage, useRequest, useRevisionsApi, type TranslationDriftResult } from '../api/revisions';
import { useLabels } from '../components/common/labels';
import { RevisionDiff } from '../components/revisions/RevisionDiff';
import { contentManagerPath, PERMISSIONS, revisionsPath } from '../constants';
import { messages } from '../translations/messages';

const Card = ({ children, label }: { children: React.ReactNode; label?: string }) => (
  <Box background="neutral0" padding={6} hasRadius shadow="tableShadow" role={label ? 'region' : undefined} aria-label={label}>
    {children}
  </Box>
);

/** The claims whose shared status changed since the edition was last published. */
const ClaimStatusChanges = ({ changes }: { changes: TranslationDriftResult['claimStatusChanges'] }) => {
  const { formatMessage } = useIntl();
  const labels = useLabels();
  const heading = formatMessage(messages['drift.claims']);
  return (
    <Card label={heading}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="delta" tag="h2">
          {heading}
        </Typography>
        {changes.length === 0 ? (
          <Typography textColor="neutral600">{formatMessage(messages['drift.claims.none'])}</Typography>
        ) : (
          <>
            <Typography variant="pi" textColor="neutral600">
              {formatMessage(messages['drift.claims.hint'])}
            </Typography>
            <Box tag="ul">
              {changes.map((claim) => (
                <Box tag="li" key={claim.id} paddingBottom={2}>
                  <Typography textColor="neutral800">“{claim.statement}”</Typography>{' '}
                  <Typography variant="pi" fontWeight="bold" textColor="warning700">
                    {formatMessage(messages['drift.claims.change'], {
                      from: labels.claimStatus(claim.from),
                      to: claim.to ? labels.claimStatus(claim.to) : formatMessage(messages['drift.claims.deleted']),
                    })}
                  </Typography>
                </Box>
              ))}
            </Box>
          </>
        )}
      </Flex>
    </Card>
  );
};

/**
 * What a translator has to carry over to bring an edition up to date: the source edition's changes
 * since the revision the edition was translated from (word by word, section by section), and the
 * claims whose status changed since the edition was published.
 */
export const TranslationPage = () => {
  const api = useRevisionsApi();
  const { locale } = api;
  const { documentId = '' } = useParams<{ documentId: string }>();
  const { formatMessage } = useIntl();
  const labels = useLabels();
  const errorMessage = useErrorMessage();
  const result = useRequest(() => api.getTranslationDrift(documentId), `${documentId}|${locale}`);

  if (result.isLoading && !result.data) return <Page.Loading />;
  if (result.error || !result.data) return <Page.Error content={result.error ? errorMessage(result.error) : undefined} />;

  const { drift, sourceChanges, claimStatusChanges } = result.data;
  const edition = labels.language(result.data.locale);
  const source = drift ? labels.language(drift.sourceLocale) : edition;
  const summary = !drift
    ? formatMessage(messages['drift.is-source'], { language: edition })
    : drift.behind === null || !drift.basedOn
      ? formatMessage(messages['drift.never-published'], { language: edition })
      : drift.behind > 0
        ? formatMessage(messages['drift.behind'], { source, basedOn: drift.basedOn.revision, latest: drift.sourceLatest, behind: drift.behind })
        : formatMessage(messages['drift.up-to-date'], { source, latest: drift.sourceLatest });

  return (
    <Layouts.Root>
      <Page.Title>{formatMessage(messages['drift.title'], { language: edition })}</Page.Title>
      <Page.Main>
        <Layouts.Header
          navigationAction={
            <Link tag={NavLink} to={revisionsPath(documentId, result.data.locale)} startIcon={<ArrowLeft />}>
              {formatMessage(messages['revisions.back'])}
            </Link>
          }
          title={formatMessage(messages['drift.title'], { language: edition })}
          subtitle={summary}
          primaryAction={
            <LinkButton tag={NavLink} to={contentManagerPath(documentId, result.data.locale)} variant="secondary" startIcon={<Pencil />}>
              {formatMessage(messages['drift.open-edition'], { language: edition })}
            </LinkButton>
          }
        />
        <Layouts.Content>
          <Flex direction="column" alignItems="stretch" gap={6}>
            {sourceChanges && (
              <Card label={formatMessage(messages['drift.source-changes'], { source, from: sourceChanges.from, to: sourceChanges.to })}>
                <Flex direction="column" alignItems="stretch" gap={4}>
                  <Typography variant="delta" tag="h2">
                    {formatMessage(messages['drift.source-changes'], { source, from: sourceChanges.from, to: sourceChanges.to })}
                  </Typography>
                  <RevisionDiff comparison={sourceChanges} />
                </Flex>
              </Card>
            )}
            {drift && <ClaimStatusChanges changes={claimStatusChanges} />}
          </Flex>
        </Layouts.Content>
      </Page.Main>
    </Layouts.Root>
  );
};

export const ProtectedTranslationPage = () => (
  <Page.Protect permissions={PERMISSIONS.readRevisions}>
    <TranslationPage />
  </Page.Protect>
);
