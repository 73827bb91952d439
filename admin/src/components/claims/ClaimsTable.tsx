import { Box, Button, Flex, IconButton, TextButton, Typography } from '@strapi/design-system';
import { Eye } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { DeskClaim } from '../../api/claimsTypes';
import { messages } from '../../translations/messages';
import { relativeTo } from '../../utils/claims';
import { ChangedBadge, Claimant, ClaimStatusBadge, StaleBadge } from './ClaimLabels';
import { DataTable, type DataTableColumn } from '../common/DataTable';

export interface ClaimsTableProps {
  claims: DeskClaim[];
  /** The desk's stale window, for the "Stale" marker's hint. */
  staleHours: number;
  onOpen: (claim: DeskClaim) => void;
  /** Absent when the editor may not change statuses. */
  onChangeStatus?: (claim: DeskClaim) => void;
  now?: number;
}

export const linkCount = (claim: DeskClaim) => Object.values(claim.links).reduce((sum, refs) => sum + refs.length, 0);

/** "3 days ago", or "never"; the exact date on hover. */
export const LastVerified = ({ at, now }: { at: string | null; now?: number }) => {
  const { formatMessage, formatRelativeTime, formatDate } = useIntl();
  if (!at) {
    return (
      <Typography textColor="neutral600" style={{ fontStyle: 'italic' }}>
        {formatMessage(messages['claims.never-verified'])}
      </Typography>
    );
  }
  const { value, unit } = relativeTo(at, now);
  return (
    <Typography textColor="neutral800" title={formatDate(new Date(at), { dateStyle: 'medium', timeStyle: 'short' })}>
      {formatRelativeTime(value, unit, { numeric: 'auto' })}
    </Typography>
  );
};

/** The piece's claims: statement, claimant and side, status, last verified, links and version. */
export const ClaimsTable = ({ claims, staleHours, onOpen, onChangeStatus, now }: ClaimsTableProps) => {
  const { formatMessage } = useIntl();
  const columns: DataTableColumn<DeskClaim>[] = [
    {
      id: 'statement',
      header: messages['claims.col.statement'],
      style: { whiteSpace: 'normal', minWidth: '24rem', maxWidth: '36rem' },
      cell: (claim) => (
        <Flex direction="column" alignItems="flex-start" gap={1} paddingTop={2} paddingBottom={2}>
          <TextButton onClick={() => onOpen(claim)} style={{ textAlign: 'left' }}>
            <Typography textColor="neutral800" fontWeight="semiBold">
              {claim.statement}
            </Typography>
          </TextButton>
          {claim.changedSincePublish && <ChangedBadge />}
        </Flex>
      ),
    },
    {
      id: 'claimant',
      header: messages['claims.col.claimant'],
      style: { whiteSpace: 'normal', minWidth: '12rem' },
      cell: (claim) => <Claimant actor={claim.claimant} />,
    },
    {
      id: 'status',
      header: messages['claims.col.status'],
      cell: (claim) => (
        <Flex direction="column" alignItems="flex-start" gap={2}>
          <ClaimStatusBadge status={claim.claimStatus} />
          {onChangeStatus && (
            <Button
              variant="tertiary"
              size="S"
              onClick={() => onChangeStatus(claim)}
              aria-label={formatMessage(messages['claims.change-status.for'], { statement: claim.statement })}
            >
              {formatMessage(messages['claims.change-status'])}
            </Button>
          )}
        </Flex>
      ),
    },
    {
      id: 'last-verified',
      header: messages['claims.col.last-verified'],
      cell: (claim) => (
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <LastVerified at={claim.lastVerifiedAt} now={now} />
          {claim.stale && <StaleBadge hours={staleHours} />}
        </Flex>
      ),
    },
    {
      id: 'links',
      header: messages['claims.col.links'],
      cell: (claim) => <Typography textColor="neutral800">{linkCount(claim)}</Typography>,
    },
    {
      id: 'version',
      header: messages['claims.col.version'],
      cell: (claim) => <Typography textColor="neutral600">{formatMessage(messages['claims.version'], { version: claim.version })}</Typography>,
    },
    {
      id: 'actions',
      header: messages['claims.col.actions'],
      hideHeader: true,
      cell: (claim) => (
        <Box>
          <IconButton label={formatMessage(messages['claims.open'], { statement: claim.statement })} variant="ghost" onClick={() => onOpen(claim)}>
            <Eye />
          </IconButton>
        </Box>
      ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={claims}
      rowKey={(claim) => claim.documentId}
      // Stale rows carry a warning stripe on their left edge (and a "Stale" badge under "Last verified").
      rowProps={(claim) => ({
        edge: claim.stale ? 'warning500' : undefined,
        'data-testid': `claim-row-${claim.documentId}`,
        'data-stale': claim.stale || undefined,
      })}
    />
  );
};
