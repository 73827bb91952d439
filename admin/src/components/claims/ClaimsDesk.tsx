import { Box, Button, Field, Flex, Loader, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ArrowLeft, ArrowRight, Plus } from '@strapi/icons';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';
import { useClaimsApi, useErrorMessage, useRequest, type DeskClaim, type ExplainerListItem } from '../../api/claims';
import { DEFAULT_STALE_HOURS } from '../../constants';
import { messages } from '../../translations/messages';
import { filtersFromParams, filtersToParams, hasActiveFilters, queryOf, type DeskFilters } from '../../utils/claims';
import { useClaimLabels } from './ClaimLabels';
import { ClaimSidePanel, type Notify } from './ClaimSidePanel';
import { ClaimsFilters } from './ClaimsFilters';
import { ClaimsTable } from './ClaimsTable';
import { NewClaimDialog } from './NewClaimDialog';
import { StatusChangeDialog } from './StatusChangeDialog';

export interface ClaimsDeskProps {
  /** The explainers for the picker (undefined while they load). */
  explainers: ExplainerListItem[] | undefined;
  canEdit: boolean;
  canChangeStatus: boolean;
  canManageActors: boolean;
  notify: Notify;
}

/** The piece the server shows when the editor has not picked one: Pokrovsk, else the latest. */
export const defaultExplainerOf = (explainers: ExplainerListItem[] | undefined) =>
  explainers?.find((e) => e.slug === 'pokrovsk') ?? explainers?.[0];

const Card = ({ children }: { children: React.ReactNode }) => (
  <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
    {children}
  </Box>
);

/**
 * The claims desk: a piece's claims with filters (kept in the URL), inline status changes, the side
 * view of one claim, and "New claim".
 */
export const ClaimsDesk = ({ explainers, canEdit, canChangeStatus, canManageActors, notify }: ClaimsDeskProps) => {
  const { formatMessage } = useIntl();
  const api = useClaimsApi();
  const errorMessage = useErrorMessage();
  const labels = useClaimLabels();
  const [params, setParams] = useSearchParams();
  const filters = React.useMemo(() => filtersFromParams(params), [params]);
  const query = React.useMemo(() => queryOf(filters), [filters]);
  const list = useRequest(() => api.listClaims(query), JSON.stringify(query), { keepPreviousData: true });
  const actors = useRequest(() => api.listActors(), 'actors');

  const setFilters = (change: Partial<DeskFilters>) => {
    setParams((current) => filtersToParams({ ...filtersFromParams(current), page: 1, ...change }, current));
  };
  const openClaim = params.get('claim');
  const setOpenClaim = (documentId: string | null) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (documentId) next.set('claim', documentId);
      else next.delete('claim');
      return next;
    });

  const [statusFor, setStatusFor] = React.useState<DeskClaim | null>(null);
  const [creating, setCreating] = React.useState(false);

  const fallback = defaultExplainerOf(explainers);
  const explainerId = filters.explainer ?? fallback?.documentId;
  const explainerTitle = explainers?.find((e) => e.documentId === explainerId)?.title;
  const staleHours = list.data?.meta.staleHours ?? DEFAULT_STALE_HOURS;
  const pagination = list.data?.meta.pagination;
  const pageCount = Math.max(1, pagination?.pageCount ?? 1);
  const latestRevision = list.data?.meta.latestRevision ?? null;

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <Flex gap={4} alignItems="flex-end" justifyContent="space-between" wrap="wrap">
        <Field.Root name="explainer" width="48rem">
          <Field.Label>{formatMessage(messages['claims.explainer'])}</Field.Label>
          <SingleSelect
            value={explainerId ?? null}
            placeholder={formatMessage(messages['claims.explainer.default'])}
            loading={!explainers}
            onChange={(value) => setFilters({ explainer: String(value) })}
          >
            {(explainers ?? []).map((explainer) => (
              <SingleSelectOption key={explainer.documentId} value={explainer.documentId}>
                {explainer.title}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        {canEdit && (
          <Button startIcon={<Plus />} onClick={() => setCreating(true)} disabled={!explainerId}>
            {formatMessage(messages['claims.new'])}
          </Button>
        )}
      </Flex>

      <Card>
        <ClaimsFilters filters={filters} onChange={setFilters} actors={actors.data ?? []} staleHours={staleHours} />
      </Card>

      {list.error && !list.data ? (
        <Card>
          <Flex direction="column" alignItems="flex-start" gap={3}>
            <Typography textColor="danger600">{formatMessage(messages['claims.list.failed'], { message: errorMessage(list.error) })}</Typography>
            <Button variant="secondary" onClick={list.refetch}>
              {formatMessage(messages['claims.retry'])}
            </Button>
          </Flex>
        </Card>
      ) : !list.data ? (
        <Flex justifyContent="center" padding={8}>
          <Loader>{formatMessage(messages['claims.loading'])}</Loader>
        </Flex>
      ) : (
        <Flex direction="column" alignItems="stretch" gap={3}>
          <Flex justifyContent="space-between" wrap="wrap" gap={2}>
            <Typography variant="omega" textColor="neutral600" data-testid="claims-summary">
              {formatMessage(messages['claims.summary'], { count: pagination?.total ?? 0 })}
              {' · '}
              {latestRevision === null
                ? formatMessage(messages['claims.summary.unpublished'])
                : formatMessage(messages['claims.summary.revision'], { number: latestRevision })}
            </Typography>
            {list.isLoading && <Loader small>{formatMessage(messages['claims.loading'])}</Loader>}
          </Flex>
          {list.data.data.length === 0 ? (
            <Card>
              <Flex direction="column" alignItems="flex-start" gap={3}>
                <Typography textColor="neutral600">
                  {formatMessage(messages[hasActiveFilters(filters) ? 'claims.empty.filtered' : 'claims.empty'])}
                </Typography>
              </Flex>
            </Card>
          ) : (
            <ClaimsTable
              claims={list.data.data}
              staleHours={staleHours}
              onOpen={(claim) => setOpenClaim(claim.documentId)}
              onChangeStatus={canChangeStatus ? setStatusFor : undefined}
            />
          )}
          {pageCount > 1 && (
            <Flex gap={3} justifyContent="flex-end" tag="nav" aria-label={formatMessage(messages['claims.pagination'])}>
              <Button
                variant="tertiary"
                size="S"
                startIcon={<ArrowLeft />}
                disabled={filters.page <= 1}
                onClick={() => setFilters({ page: filters.page - 1 })}
              >
                {formatMessage(messages['claims.page.previous'])}
              </Button>
              <Typography variant="pi" textColor="neutral600">
                {formatMessage(messages['claims.page.of'], { page: filters.page, count: pageCount })}
              </Typography>
              <Button
                variant="tertiary"
                size="S"
                endIcon={<ArrowRight />}
                disabled={filters.page >= pageCount}
                onClick={() => setFilters({ page: filters.page + 1 })}
              >
                {formatMessage(messages['claims.page.next'])}
              </Button>
            </Flex>
          )}
        </Flex>
      )}

      <StatusChangeDialog
        claim={statusFor}
        onClose={() => setStatusFor(null)}
        onChanged={(claim) => {
          setStatusFor(null);
          list.refetch();
          notify('success', formatMessage(messages['claims.change-status.done'], { status: labels.status(claim.claimStatus) }));
        }}
        onDiscarded={() => list.refetch()}
      />
      <ClaimSidePanel
        documentId={openClaim}
        explainer={filters.explainer}
        actors={actors.data ?? []}
        staleHours={staleHours}
        canEdit={canEdit}
        canChangeStatus={canChangeStatus}
        onClose={() => setOpenClaim(null)}
        onChanged={list.refetch}
        notify={notify}
      />
      <NewClaimDialog
        open={creating}
        onOpenChange={setCreating}
        explainer={explainerId}
        explainerTitle={explainerTitle}
        actors={actors.data ?? []}
        canManageActors={canManageActors}
        onCreated={() => {
          list.refetch();
          actors.refetch();
          notify('success', formatMessage(messages['claims.new.done']));
        }}
      />
    </Flex>
  );
};
