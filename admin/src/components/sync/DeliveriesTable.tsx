import { Box, Button, Flex, IconButton, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { ArrowClockwise, ChevronDown, ChevronRight } from '@strapi/icons';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import type { DeliveryAttempt, DeliveryView } from '../../api/sync';
import { messages } from '../../translations/messages';
import { DeliveryStateBadge, lastOutcome, useFormatWhen } from './labels';

export interface DeliveriesTableProps {
  deliveries: DeliveryView[];
  onRetry: (delivery: DeliveryView) => void;
  /** Deliveries whose retry is on its way. */
  retrying?: ReadonlySet<number>;
}

const COLUMNS = 8;

/** A dead delivery's row is tinted red with a red edge, so it stands out in a long list. */
const Row = styled(Tr)<{ $dead: boolean }>`
  background: ${({ theme, $dead }) => ($dead ? theme.colors.danger100 : 'transparent')};
  & > td:first-child {
    box-shadow: ${({ theme, $dead }) => ($dead ? `inset 4px 0 0 ${theme.colors.danger600}` : 'none')};
  }
`;

// Doubled class: the design system's row styles reach nested cells (padding, a fixed header height).
const LogTable = styled.table`
  width: 100%;
  border-collapse: collapse;
  && th,
  && td {
    height: auto;
    text-align: left;
    padding: ${({ theme }) => `${theme.spaces[1]} ${theme.spaces[3]}`};
    border-bottom: 1px solid ${({ theme }) => theme.colors.neutral150};
    vertical-align: top;
  }
`;

const canRetry = (delivery: DeliveryView) => delivery.state === 'dead' || delivery.state === 'pending';

/** Every attempt of one delivery, oldest first: when, the HTTP status, the error, how long it took. */
const AttemptLog = ({ attempts }: { attempts: DeliveryAttempt[] }) => {
  const { formatMessage, formatDate } = useIntl();
  if (attempts.length === 0) {
    return (
      <Typography variant="pi" textColor="neutral600">
        {formatMessage(messages['sync.log.empty'])}
      </Typography>
    );
  }
  const head = (key: Parameters<typeof formatMessage>[0]) => (
    <th>
      <Typography variant="sigma" textColor="neutral600">
        {formatMessage(key)}
      </Typography>
    </th>
  );
  return (
    <LogTable>
      <thead>
        <tr>
          {head(messages['sync.log.col.number'])}
          {head(messages['sync.log.col.time'])}
          {head(messages['sync.log.col.status'])}
          {head(messages['sync.log.col.error'])}
          {head(messages['sync.log.col.duration'])}
        </tr>
      </thead>
      <tbody>
        {attempts.map((attempt, i) => (
          <tr key={`${attempt.at}-${i}`}>
            <td>
              <Typography variant="pi">{i + 1}</Typography>
            </td>
            <td>
              <Typography variant="pi">{formatDate(new Date(attempt.at), { dateStyle: 'medium', timeStyle: 'medium' })}</Typography>
            </td>
            <td>
              <Typography variant="pi" textColor={attempt.error ? 'danger600' : 'success600'}>
                {attempt.status ?? '—'}
              </Typography>
            </td>
            <td style={{ whiteSpace: 'normal' }}>
              <Typography variant="pi" textColor={attempt.error ? 'danger600' : 'neutral600'}>
                {attempt.error ?? formatMessage(messages['sync.log.ok'])}
              </Typography>
            </td>
            <td>
              <Typography variant="pi">{attempt.durationMs}</Typography>
            </td>
          </tr>
        ))}
      </tbody>
    </LogTable>
  );
};

/**
 * Deliveries: revision and slug, target, state (dead in red), attempts, the last result, the next
 * attempt, delivery time, "Retry now" for dead and pending ones, and each one's attempt log.
 */
export const DeliveriesTable = ({ deliveries, onRetry, retrying }: DeliveriesTableProps) => {
  const { formatMessage } = useIntl();
  const when = useFormatWhen();
  const [expanded, setExpanded] = React.useState<ReadonlySet<number>>(new Set());
  const toggle = (id: number) =>
    setExpanded((previous) => {
      const next = new Set(previous);
      if (!next.delete(id)) next.add(id);
      return next;
    });

  const col = (key: Parameters<typeof formatMessage>[0]) => (
    <Th>
      <Typography variant="sigma" textColor="neutral600">
        {formatMessage(key)}
      </Typography>
    </Th>
  );

  return (
    <Table colCount={COLUMNS} rowCount={deliveries.length + deliveries.filter((d) => expanded.has(d.id)).length + 1}>
      <Thead>
        <Tr>
          {col(messages['sync.deliveries.col.revision'])}
          {col(messages['sync.deliveries.col.target'])}
          {col(messages['sync.deliveries.col.state'])}
          {col(messages['sync.deliveries.col.attempts'])}
          {col(messages['sync.deliveries.col.last'])}
          {col(messages['sync.deliveries.col.next'])}
          {col(messages['sync.deliveries.col.delivered'])}
          <Th>
            <VisuallyHidden>{formatMessage(messages['sync.deliveries.col.actions'])}</VisuallyHidden>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {deliveries.map((delivery) => {
          const dead = delivery.state === 'dead';
          const open = expanded.has(delivery.id);
          const outcome = lastOutcome(delivery);
          const names = { number: delivery.revisionNumber, target: delivery.targetName };
          return (
            <React.Fragment key={delivery.id}>
              <Row $dead={dead} data-state={delivery.state} aria-label={formatMessage(messages['sync.deliveries.row'], names)}>
                <Td>
                  <Flex gap={1}>
                    <IconButton
                      variant="ghost"
                      label={formatMessage(messages[open ? 'sync.log.hide' : 'sync.log.show'], names)}
                      aria-expanded={open}
                      onClick={() => toggle(delivery.id)}
                    >
                      {open ? <ChevronDown /> : <ChevronRight />}
                    </IconButton>
                    <Flex direction="column" alignItems="flex-start">
                      <Typography fontWeight="semiBold" textColor="neutral800">
                        {formatMessage(messages['sync.deliveries.revision'], { number: delivery.revisionNumber })}
                      </Typography>
                      <Typography variant="pi" textColor="neutral600">
                        {delivery.slug}
                      </Typography>
                    </Flex>
                  </Flex>
                </Td>
                <Td style={{ whiteSpace: 'normal', maxWidth: '16rem' }}>
                  <Typography textColor="neutral800">{delivery.targetName}</Typography>
                </Td>
                <Td>
                  <DeliveryStateBadge state={delivery.state} />
                </Td>
                <Td>
                  <Typography textColor={dead ? 'danger700' : 'neutral800'}>{delivery.attempts}</Typography>
                </Td>
                <Td style={{ whiteSpace: 'normal', maxWidth: '16rem' }}>
                  <Typography variant="pi" textColor={delivery.lastError ? 'danger600' : 'neutral600'}>
                    {outcome ?? '—'}
                  </Typography>
                </Td>
                <Td>
                  <Typography variant="pi" textColor="neutral800">
                    {when(delivery.nextAttemptAt) ?? '—'}
                  </Typography>
                </Td>
                <Td>
                  <Typography variant="pi" textColor="neutral800">
                    {when(delivery.deliveredAt) ?? '—'}
                  </Typography>
                </Td>
                <Td>
                  {canRetry(delivery) && (
                    <Flex justifyContent="flex-end">
                      <Button
                        size="S"
                        variant={dead ? 'danger' : 'secondary'}
                        startIcon={<ArrowClockwise />}
                        loading={retrying?.has(delivery.id)}
                        aria-label={formatMessage(messages['sync.deliveries.retry-label'], names)}
                        onClick={() => onRetry(delivery)}
                      >
                        {formatMessage(messages['sync.deliveries.retry'])}
                      </Button>
                    </Flex>
                  )}
                </Td>
              </Row>
              {open && (
                <Tr>
                  <Td colSpan={COLUMNS} style={{ whiteSpace: 'normal' }}>
                    <Box paddingTop={2} paddingBottom={3} paddingLeft={8} data-testid={`attempt-log-${delivery.id}`}>
                      <Flex direction="column" alignItems="stretch" gap={2}>
                        <Typography variant="pi" textColor="neutral600">
                          {formatMessage(messages['sync.log.webhook-id'], { id: delivery.webhookId })}
                        </Typography>
                        <AttemptLog attempts={delivery.attemptLog} />
                      </Flex>
                    </Box>
                  </Td>
                </Tr>
              )}
            </React.Fragment>
          );
        })}
      </Tbody>
    </Table>
  );
};
