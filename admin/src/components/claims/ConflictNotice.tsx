import { Box, Button, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { ClaimStatus, ConflictDetails, DeskClaim } from '../../api/claimsTypes';
import { messages } from '../../translations/messages';
import { ClaimStatusBadge, useClaimLabels } from './ClaimLabels';

/** The values a conflict compares (the editor's side: what they were about to save). */
export interface ConflictValues {
  statement: string;
  claimStatus: ClaimStatus;
  internalNote: string | null;
  medium?: string;
  sourceUrl?: string | null;
  madeAt?: string | null;
  /** The claimant's name. */
  claimant?: string | null;
}

type Field = keyof ConflictValues;

/** The claim's values as a conflict compares them. */
export const conflictValuesOf = (claim: DeskClaim): Required<ConflictValues> => ({
  statement: claim.statement,
  claimStatus: claim.claimStatus,
  internalNote: claim.internalNote,
  medium: claim.medium,
  sourceUrl: claim.sourceUrl,
  madeAt: claim.madeAt,
  claimant: claim.claimant?.name ?? null,
});

const FIELD_MESSAGES: Record<Field, { id: string; defaultMessage: string }> = {
  statement: messages['claims.field.statement'],
  claimStatus: messages['claims.field.status'],
  internalNote: messages['claims.field.internal-note'],
  medium: messages['claims.field.medium'],
  sourceUrl: messages['claims.field.source-url'],
  madeAt: messages['claims.field.made-at'],
  claimant: messages['claims.field.claimant'],
};

const ALWAYS: Field[] = ['statement', 'claimStatus', 'internalNote'];
const OPTIONAL: Field[] = ['claimant', 'medium', 'sourceUrl', 'madeAt'];

export interface ConflictNoticeProps {
  conflict: ConflictDetails;
  mine: ConflictValues;
  /** What the editor was doing, e.g. "Your status change: disputed, because …". */
  description?: React.ReactNode;
  onReapply: () => void;
  onDiscard: () => void;
  busy?: boolean;
}

/**
 * Someone saved the claim since the editor loaded it (409): who, their values next to the editor's
 * unsaved ones, and a choice: reapply the change on top of the current version, or drop it.
 */
export const ConflictNotice = ({ conflict, mine, description, onReapply, onDiscard, busy }: ConflictNoticeProps) => {
  const { formatMessage, formatDate } = useIntl();
  const labels = useClaimLabels();
  const titleId = React.useId();
  const current = conflictValuesOf(conflict.current);
  const who = conflict.changedBy ?? formatMessage(messages['claims.conflict.someone']);
  const fields = [...ALWAYS, ...OPTIONAL.filter((field) => mine[field] !== undefined)];

  const show = (field: Field, value: ConflictValues[Field]) => {
    if (value === null || value === undefined || value === '') {
      return (
        <Typography textColor="neutral500" style={{ fontStyle: 'italic' }}>
          {formatMessage(messages['claims.empty-value'])}
        </Typography>
      );
    }
    if (field === 'claimStatus') return <ClaimStatusBadge status={value as ClaimStatus} />;
    if (field === 'medium') return <Typography>{labels.medium(value)}</Typography>;
    if (field === 'madeAt') return <Typography>{formatDate(new Date(value), { dateStyle: 'medium', timeStyle: 'short' })}</Typography>;
    return <Typography style={{ whiteSpace: 'pre-wrap' }}>{value}</Typography>;
  };

  return (
    <Box
      role="region"
      aria-labelledby={titleId}
      data-testid="claim-conflict"
      background="warning100"
      borderColor="warning200"
      borderStyle="solid"
      borderWidth="1px"
      hasRadius
      padding={5}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex gap={2} alignItems="flex-start">
          <WarningCircle fill="warning600" aria-hidden width="2rem" height="2rem" />
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Typography id={titleId} variant="delta" tag="h3" textColor="warning700">
              {formatMessage(messages['claims.conflict.title'])}
            </Typography>
            <Typography textColor="neutral800">
              {formatMessage(messages['claims.conflict.body'], { who, yours: conflict.yourVersion, current: conflict.current.version })}
            </Typography>
            {description && <Typography textColor="neutral700">{description}</Typography>}
          </Flex>
        </Flex>
        <Box background="neutral0" hasRadius>
          <Table colCount={3} rowCount={fields.length + 1}>
            <Thead>
              <Tr>
                <Th>
                  <Typography variant="sigma" textColor="neutral600">
                    {formatMessage(messages['claims.conflict.col.field'])}
                  </Typography>
                </Th>
                <Th>
                  <Typography variant="sigma" textColor="neutral600">
                    {formatMessage(messages['claims.conflict.col.current'], { who })}
                  </Typography>
                </Th>
                <Th>
                  <Typography variant="sigma" textColor="neutral600">
                    {formatMessage(messages['claims.conflict.col.mine'])}
                  </Typography>
                </Th>
              </Tr>
            </Thead>
            <Tbody>
              {fields.map((field) => {
                const differs = (current[field] ?? '') !== (mine[field] ?? '');
                return (
                  <Tr key={field} data-testid={`conflict-${field}`} data-differs={differs || undefined}>
                    <Td>
                      <Typography fontWeight={differs ? 'bold' : 'regular'} textColor={differs ? 'warning700' : 'neutral800'}>
                        {formatMessage(FIELD_MESSAGES[field])}
                      </Typography>
                    </Td>
                    <Td style={{ whiteSpace: 'normal', maxWidth: '24rem' }} data-testid={`conflict-${field}-current`}>
                      {show(field, current[field])}
                    </Td>
                    <Td style={{ whiteSpace: 'normal', maxWidth: '24rem' }} data-testid={`conflict-${field}-mine`}>
                      {show(field, mine[field])}
                    </Td>
                  </Tr>
                );
              })}
            </Tbody>
          </Table>
        </Box>
        <Flex gap={2} justifyContent="flex-end">
          <Button variant="tertiary" onClick={onDiscard} disabled={busy}>
            {formatMessage(messages['claims.conflict.discard'])}
          </Button>
          <Button variant="default" onClick={onReapply} loading={busy}>
            {formatMessage(messages['claims.conflict.reapply'])}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};
