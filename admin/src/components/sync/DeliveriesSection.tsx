import { Box, Button, Field, Flex, Loader, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { CheckCircle, WarningCircle } from '@strapi/icons';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { useSearchParams } from 'react-router-dom';
import { useErrorMessage, useRequest, useSyncApi, type DeliveryState, type DeliveryView, type TargetView } from '../../api/sync';
import { SYNC_REFRESH_MS } from '../../constants';
import { messages } from '../../translations/messages';
import { DeliveriesTable } from './DeliveriesTable';
import { DELIVERY_STATES, useSyncLabels } from './labels';

export type Notify = (notification: { type: 'success' | 'danger' | 'info'; message: string }) => void;

export interface DeliveriesSectionProps {
  /** For the target filter. */
  targets: TargetView[];
  /** How often to look again while the page is open (ms); 0 turns it off. */
  refreshMs?: number;
  onNotify?: Notify;
  pageSize?: number;
}

const ALL = 'all';

/** Repeats `tick` every `ms` while the browser tab is visible. */
const useInterval = (tick: () => void, ms: number) => {
  const tickRef = React.useRef(tick);
  tickRef.current = tick;
  React.useEffect(() => {
    if (!ms) return;
    const handle = setInterval(() => {
      if (typeof document === 'undefined' || document.visibilityState !== 'hidden') tickRef.current();
    }, ms);
    return () => clearInterval(handle);
  }, [ms]);
};

/**
 * The deliveries log: how many are dead (at the top, in red), filters by state and target, a page of
 * deliveries with "Retry now" and attempt logs, refreshed every few seconds.
 */
export const DeliveriesSection = ({ targets, refreshMs = SYNC_REFRESH_MS, onNotify, pageSize = 20 }: DeliveriesSectionProps) => {
  const { formatMessage } = useIntl();
  const api = useSyncApi();
  const errorMessage = useErrorMessage();
  const labels = useSyncLabels();
  // A link may name the state to show (`?state=dead`, from the home page's "What needs checking").
  const [params] = useSearchParams();
  const linked = params.get('state') as DeliveryState | null;
  const [state, setState] = React.useState<DeliveryState | typeof ALL>(linked && DELIVERY_STATES.includes(linked) ? linked : ALL);
  const [targetId, setTargetId] = React.useState<number | typeof ALL>(ALL);
  const [page, setPage] = React.useState(1);

  const query = {
    state: state === ALL ? undefined : state,
    targetId: targetId === ALL ? undefined : targetId,
    page,
    pageSize,
  };
  const list = useRequest(() => api.listDeliveries(query), `${state}|${targetId}|${page}|${pageSize}`, { keepPreviousData: true });
  const counts = useRequest(
    async () => {
      const [dead, pending] = await Promise.all([
        api.listDeliveries({ state: 'dead', pageSize: 1 }),
        api.listDeliveries({ state: 'pending', pageSize: 1 }),
      ]);
      return { dead: dead.meta.pagination.total, pending: pending.meta.pagination.total };
    },
    'counts'
  );
  const refresh = () => {
    list.refetch();
    counts.refetch();
  };
  useInterval(refresh, refreshMs);

  const [retrying, setRetrying] = React.useState<ReadonlySet<number>>(new Set());
  const retry = async (delivery: DeliveryView) => {
    setRetrying((previous) => new Set(previous).add(delivery.id));
    try {
      await api.retryDelivery(delivery.id);
      onNotify?.({
        type: 'success',
        message: formatMessage(messages['sync.deliveries.retried'], { number: delivery.revisionNumber, target: delivery.targetName }),
      });
    } catch (error) {
      onNotify?.({ type: 'danger', message: formatMessage(messages['sync.deliveries.retry-failed'], { message: errorMessage(error) }) });
    } finally {
      setRetrying((previous) => {
        const next = new Set(previous);
        next.delete(delivery.id);
        return next;
      });
      refresh();
    }
  };

  const total = list.data?.meta.pagination.total ?? 0;
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const filtered = state !== ALL || targetId !== ALL;
  const dead = counts.data?.dead ?? 0;

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      {counts.data && dead > 0 && (
        <Box
          padding={4}
          hasRadius
          background="danger100"
          borderColor="danger600"
          borderStyle="solid"
          borderWidth="1px"
          data-testid="deliveries-summary"
        >
          <Flex gap={4} justifyContent="space-between" wrap="wrap">
            <Flex gap={3}>
              <WarningCircle fill="danger600" width="2.4rem" height="2.4rem" aria-hidden />
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography variant="delta" tag="p" textColor="danger700">
                  {formatMessage(messages['sync.deliveries.dead-count'], { count: dead })}
                </Typography>
                <Typography variant="pi" textColor="neutral700">
                  {formatMessage(messages['sync.deliveries.dead-help'])}{' '}
                  {formatMessage(messages['sync.deliveries.pending-count'], { count: counts.data.pending })}
                </Typography>
              </Flex>
            </Flex>
            {state !== 'dead' && (
              <Button
                variant="danger-light"
                onClick={() => {
                  setState('dead');
                  setPage(1);
                }}
              >
                {formatMessage(messages['sync.deliveries.show-dead'])}
              </Button>
            )}
          </Flex>
        </Box>
      )}
      {counts.data && dead === 0 && (
        <Flex gap={2} data-testid="deliveries-summary">
          <CheckCircle fill="success600" aria-hidden />
          <Typography variant="omega" fontWeight="semiBold" textColor="success700">
            {formatMessage(messages['sync.deliveries.none-dead'])}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(messages['sync.deliveries.pending-count'], { count: counts.data.pending })}
          </Typography>
        </Flex>
      )}

      <Flex gap={4} alignItems="flex-end" wrap="wrap">
        <Field.Root name="state" width="20rem">
          <Field.Label>{formatMessage(messages['sync.deliveries.filter.state'])}</Field.Label>
          <SingleSelect
            value={state}
            onChange={(value) => {
              setState(value as DeliveryState | typeof ALL);
              setPage(1);
            }}
          >
            <SingleSelectOption value={ALL}>{formatMessage(messages['sync.deliveries.filter.all-states'])}</SingleSelectOption>
            {DELIVERY_STATES.map((value) => (
              <SingleSelectOption key={value} value={value}>
                {labels.state(value)}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        <Field.Root name="targetId" width="24rem">
          <Field.Label>{formatMessage(messages['sync.deliveries.filter.target'])}</Field.Label>
          <SingleSelect
            value={String(targetId)}
            onChange={(value) => {
              setTargetId(value === ALL ? ALL : Number(value));
              setPage(1);
            }}
          >
            <SingleSelectOption value={ALL}>{formatMessage(messages['sync.deliveries.filter.all-targets'])}</SingleSelectOption>
            {targets.map((target) => (
              <SingleSelectOption key={target.id} value={String(target.id)}>
                {target.name}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        <Box paddingBottom={2}>
          <Typography variant="pi" textColor="neutral600">
            {refreshMs > 0 ? formatMessage(messages['sync.deliveries.auto-refresh'], { seconds: Math.round(refreshMs / 1000) }) : null}
          </Typography>
        </Box>
      </Flex>

      {list.error && !list.data ? (
        <Flex direction="column" alignItems="flex-start" gap={2}>
          <Typography textColor="danger600">{formatMessage(messages['sync.load-failed'], { message: errorMessage(list.error) })}</Typography>
          <Button variant="tertiary" size="S" onClick={refresh}>
            {formatMessage(messages['sync.try-again'])}
          </Button>
        </Flex>
      ) : !list.data ? (
        <Loader small>{formatMessage(messages['sync.loading'])}</Loader>
      ) : list.data.data.length === 0 ? (
        <Box padding={6} background="neutral0" hasRadius shadow="tableShadow">
          <Typography textColor="neutral600">
            {formatMessage(messages[filtered ? 'sync.deliveries.empty-filtered' : 'sync.deliveries.empty'])}
          </Typography>
        </Box>
      ) : (
        <>
          <DeliveriesTable deliveries={list.data.data} onRetry={retry} retrying={retrying} />
          {pageCount > 1 && (
            <Flex gap={2} justifyContent="flex-end">
              <Typography variant="pi" textColor="neutral600">
                {formatMessage(messages['sync.deliveries.page'], { page, count: pageCount })}
              </Typography>
              <Button variant="tertiary" size="S" disabled={page <= 1} onClick={() => setPage(page - 1)}>
                {formatMessage(messages['sync.deliveries.previous-page'])}
              </Button>
              <Button variant="tertiary" size="S" disabled={page >= pageCount} onClick={() => setPage(page + 1)}>
                {formatMessage(messages['sync.deliveries.next-page'])}
              </Button>
            </Flex>
          )}
        </>
      )}
    </Flex>
  );
};
