import { Box, Flex, Grid, Link, Typography } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { ClaimDetail } from '../../api/claims';
import { messages } from '../../translations/messages';
import { SideBadge, useClaimLabels } from './ClaimLabels';
import { LastVerified } from './ClaimsTable';

const Detail = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="flex-start" gap={1}>
    <Typography variant="pi" fontWeight="bold" textColor="neutral600">
      {label}
    </Typography>
    <Box>{children}</Box>
  </Flex>
);

/** The claim as read: claimant, medium, dates, source, and the internal note (marked as never published). */
export const ClaimDetails = ({ claim }: { claim: ClaimDetail }) => {
  const { formatMessage, formatDate } = useIntl();
  const labels = useClaimLabels();
  return (
    <>
      <Grid.Root gap={4} gridCols={3}>
        <Grid.Item col={1} s={3} direction="column" alignItems="stretch">
          <Detail label={formatMessage(messages['claims.field.claimant'])}>
            {claim.claimant ? (
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography fontWeight="semiBold">{claim.claimant.name}</Typography>
                <Flex gap={1}>
                  <SideBadge side={claim.claimant.side} />
                  <Typography variant="pi" textColor="neutral600">
                    {labels.actorKind(claim.claimant.kind)}
                    {claim.claimant.affiliation ? ` · ${claim.claimant.affiliation}` : ''}
                  </Typography>
                </Flex>
              </Flex>
            ) : (
              <Typography textColor="neutral500">{formatMessage(messages['claims.no-claimant'])}</Typography>
            )}
          </Detail>
        </Grid.Item>
        <Grid.Item col={1} s={3} direction="column" alignItems="stretch">
          <Detail label={formatMessage(messages['claims.field.medium'])}>
            <Typography>{labels.medium(claim.medium)}</Typography>
          </Detail>
        </Grid.Item>
        <Grid.Item col={1} s={3} direction="column" alignItems="stretch">
          <Detail label={formatMessage(messages['claims.field.made-at'])}>
            <Typography>
              {claim.madeAt
                ? formatDate(new Date(claim.madeAt), { dateStyle: 'medium', timeStyle: 'short' })
                : formatMessage(messages['claims.empty-value'])}
            </Typography>
          </Detail>
        </Grid.Item>
        <Grid.Item col={1} s={3} direction="column" alignItems="stretch">
          <Detail label={formatMessage(messages['claims.field.source-url'])}>
            {claim.sourceUrl ? (
              <Link href={claim.sourceUrl} isExternal style={{ wordBreak: 'break-all' }}>
                {claim.sourceUrl}
              </Link>
            ) : (
              <Typography>{formatMessage(messages['claims.empty-value'])}</Typography>
            )}
          </Detail>
        </Grid.Item>
        <Grid.Item col={1} s={3} direction="column" alignItems="stretch">
          <Detail label={formatMessage(messages['claims.col.last-verified'])}>
            <LastVerified at={claim.lastVerifiedAt} />
          </Detail>
        </Grid.Item>
        <Grid.Item col={1} s={3} direction="column" alignItems="stretch">
          <Detail label={formatMessage(messages['claims.field.last-edited'])}>
            <Typography>
              {formatMessage(messages['claims.last-edited'], {
                who: claim.lastEditedBy ?? formatMessage(messages['claims.conflict.someone']),
                date: formatDate(new Date(claim.updatedAt), { dateStyle: 'medium', timeStyle: 'short' }),
              })}
            </Typography>
          </Detail>
        </Grid.Item>
      </Grid.Root>

      <Box
        background="neutral100"
        borderColor="neutral200"
        borderStyle="dashed"
        borderWidth="1px"
        hasRadius
        padding={4}
        data-testid="claim-internal-note"
      >
        <Flex direction="column" alignItems="stretch" gap={2}>
          <Flex gap={2}>
            <Typography variant="sigma" textColor="neutral700">
              {formatMessage(messages['claims.field.internal-note'])}
            </Typography>
            <Typography variant="pi" textColor="neutral600">
              {formatMessage(messages['claims.internal-note.hint'])}
            </Typography>
          </Flex>
          {claim.internalNote ? (
            <Typography style={{ whiteSpace: 'pre-wrap' }}>{claim.internalNote}</Typography>
          ) : (
            <Typography textColor="neutral500" style={{ fontStyle: 'italic' }}>
              {formatMessage(messages['claims.internal-note.empty'])}
            </Typography>
          )}
        </Flex>
      </Box>
    </>
  );
};
