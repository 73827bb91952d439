import { Box, Button, Flex, IconButton, Table, Tbody, Td, TextButton, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Eye } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import type { DeskClaim } from '../api/claimsTypes';
import { messages } from '../translations/messages';
import { relativeTo } from '../utils/claims';
import { ChangedBadge, Claimant, ClaimStatusBadge, StaleBadge } from './ClaimLabels';

export interface ClaimsTableProps {
  claims: DeskClaim[];
  /** The desk's stale window, for the "Stale" marker's hint. */
  staleHours: number;
  onOpen: (claim: DeskClaim) => void;
  /** Absent when the editor may not change statuses. */
  onChangeStatus?: (claim: DeskClaim) => void;
  now?: number;
}

/** Stale rows carry a warning stripe on their left edge (and a "Stale" badge under "Last verified"). */
const Row = styled(Tr)<{ $stale: boolean }>`
  & > td:first-child {
    box-shadow: ${({ theme, $stale }) => ($stale ? `inset 4px 0 0 ${theme.colors.warning500}` : 'none')};
  }
`;

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
  const col = (key: Parameters<typeof formatMessage>[0]) => (
    <Th>
      <Typography variant="sigma" textColor="neutral600">
        {formatMessage(key)}
      </Typography>
    </Th>
  );
  return (
    <Table colCount={7} rowCount={claims.length + 1}>
      <Thead>
        <Tr>
          {col(messages['claims.col.statement'])}
          {col(messages['claims.col.claimant'])}
          {col(messages['claims.col.status'])}
          {col(messages['claims.col.last-verified'])}
          {col(messages['claims.col.links'])}
          {col(messages['claims.col.version'])}
          <Th>
            <VisuallyHidden>{formatMessage(messages['claims.col.actions'])}</VisuallyHidden>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {claims.map((claim) => (
          <Row key={claim.documentId} $stale={claim.stale} data-testid={`claim-row-${claim.documentId}`} data-stale={claim.stale || undefined}>
            <Td style={{ whiteSpace: 'normal', minWidth: '24rem', maxWidth: '36rem' }}>
              <Flex direction="column" alignItems="flex-start" gap={1} paddingTop={2} paddingBottom={2}>
                <TextButton onClick={() => onOpen(claim)} style={{ textAlign: 'left' }}>
                  <Typography textColor="neutral800" fontWeight="semiBold">
                    {claim.statement}
                  </Typography>
                </TextButton>
                {claim.changedSincePublish && <ChangedBadge />}
              </Flex>
            </Td>
            <Td style={{ whiteSpace: 'normal', minWidth: '12rem' }}>
              <Claimant actor={claim.claimant} />
            </Td>
            <Td>
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
            </Td>
            <Td>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <LastVerified at={claim.lastVerifiedAt} now={now} />
                {claim.stale && <StaleBadge hours={staleHours} />}
              </Flex>
            </Td>
            <Td>
              <Typography textColor="neutral800">{linkCount(claim)}</Typography>
            </Td>
            <Td>
              <Typography textColor="neutral600">{formatMessage(messages['claims.version'], { version: claim.version })}</Typography>
            </Td>
            <Td>
              <Box>
                <IconButton label={formatMessage(messages['claims.open'], { statement: claim.statement })} variant="ghost" onClick={() => onOpen(claim)}>
                  <Eye />
                </IconButton>
              </Box>
            </Td>
          </Row>
        ))}
      </Tbody>
    </Table>
  );
};
