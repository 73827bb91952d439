import { Box, Button, Flex, IconButton, Typography } from '@strapi/design-system';
import { ArrowClockwise, ChevronDown, ChevronRight } from '@strapi/icons';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import type { DeliveryAttempt, DeliveryView } from '../../api/sync';
import { messages } from '../../translations/messages';
import { DataTable, type DataTableColumn } from '../common/DataTable';
import { DeliveryStateBadge, lastOutcome, useFormatWhen } from './labels';

export interface DeliveriesTableProps {
  deliveries: DeliveryView[];
  onRetry: (delivery: DeliveryView) => void;
  /** Deliveries whose retry is on its way. */
  retrying?: ReadonlySet<number>;
}

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
  const names = (delivery: DeliveryView) => ({ number: delivery.revisionNumber, target: delivery.targetName });

  const columns: DataTableColumn<DeliveryView>[] = [
    {
      id: 'revision',
      header: messages['sync.deliveries.col.revision'],
      cell: (delivery) => {
        const open = expanded.has(delivery.id);
        return (
          <Flex gap={1}>
            <IconButton
              variant="ghost"
              label={formatMessage(messages[open ? 'sync.log.hide' : 'sync.log.show'], names(delivery))}
              aria-expanded={open}
              onClick={() => toggle(delivery.id)}
            >
              {open ? <ChevronDown /> : <ChevronRight />}
            </IconButton>
            <Flex direction="column" alignItems="flex-start">
              <Typography fontWeight="semiBold" textColor="neutral800">
                {delivery.kind === 'alert'
                  ? formatMessage(messages['sync.deliveries.alert'])
                  : formatMessage(messages['sync.deliveries.revision'], { number: delivery.revisionNumber })}
              </Typography>
              {delivery.kind !== 'alert' && (
                <Typography variant="pi" textColor="neutral600">
                  {delivery.locale ? `${delivery.slug} · ${delivery.locale}` : delivery.slug}
                </Typography>
              )}
            </Flex>
          </Flex>
        );
      },
    },
    {
      id: 'target',
      header: messages['sync.deliveries.col.target'],
      style: { whiteSpace: 'normal', maxWidth: '16rem' },
      cell: (delivery) => <Typography textColor="neutral800">{delivery.targetName}</Typography>,
    },
    { id: 'state', header: messages['sync.deliveries.col.state'], cell: (delivery) => <DeliveryStateBadge state={delivery.state} /> },
    {
      id: 'attempts',
      header: messages['sync.deliveries.col.attempts'],
      cell: (delivery) => <Typography textColor={delivery.state === 'dead' ? 'danger700' : 'neutral800'}>{delivery.attempts}</Typography>,
    },
    {
      id: 'last',
      header: messages['sync.deliveries.col.last'],
      style: { whiteSpace: 'normal', maxWidth: '16rem' },
      cell: (delivery) => (
        <Typography variant="pi" textColor={delivery.lastError ? 'danger600' : 'neutral600'}>
          {lastOutcome(delivery) ?? '—'}
        </Typography>
      ),
    },
    {
      id: 'next',
      header: messages['sync.deliveries.col.next'],
      cell: (delivery) => (
        <Typography variant="pi" textColor="neutral800">
          {when(delivery.nextAttemptAt) ?? '—'}
        </Typography>
      ),
    },
    {
      id: 'delivered',
      header: messages['sync.deliveries.col.delivered'],
      cell: (delivery) => (
        <Typography variant="pi" textColor="neutral800">
          {when(delivery.deliveredAt) ?? '—'}
        </Typography>
      ),
    },
    {
      id: 'actions',
      header: messages['sync.deliveries.col.actions'],
      hideHeader: true,
      cell: (delivery) =>
        canRetry(delivery) && (
          <Flex justifyContent="flex-end">
            <Button
              size="S"
              variant={delivery.state === 'dead' ? 'danger' : 'secondary'}
              startIcon={<ArrowClockwise />}
              loading={retrying?.has(delivery.id)}
              aria-label={formatMessage(messages['sync.deliveries.retry-label'], names(delivery))}
              onClick={() => onRetry(delivery)}
            >
              {formatMessage(messages['sync.deliveries.retry'])}
            </Button>
          </Flex>
        ),
    },
  ];

  return (
    <DataTable
      columns={columns}
      rows={deliveries}
      rowKey={(delivery) => delivery.id}
      // A dead delivery's row is tinted red with a red edge, so it stands out in a long list.
      rowProps={(delivery) => ({
        background: delivery.state === 'dead' ? 'danger100' : undefined,
        edge: delivery.state === 'dead' ? 'danger600' : undefined,
        'data-state': delivery.state,
        'aria-label': formatMessage(messages['sync.deliveries.row'], names(delivery)),
      })}
      details={(delivery) =>
        expanded.has(delivery.id) ? (
          <Box paddingTop={2} paddingBottom={3} paddingLeft={8} data-testid={`attempt-log-${delivery.id}`}>
            <Flex direction="column" alignItems="stretch" gap={2}>
              <Typography variant="pi" textColor="neutral600">
                {formatMessage(messages['sync.log.webhook-id'], { id: delivery.webhookId })}
              </Typography>
              <AttemptLog attempts={delivery.attemptLog} />
            </Flex>
          </Box>
        ) : null
      }
    />
  );
};
