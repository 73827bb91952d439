import { Box, Button, Flex, Link, Loader, Typography } from '@strapi/design-system';
import { ArrowRight, Check, Clock, WarningCircle } from '@strapi/icons';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import { useErrorMessage, useRequest, useSyncApi, type DeliveryView } from '../../api/sync';
import { SYNC_REFRESH_MS } from '../../constants';
import { messages } from '../../translations/messages';
import { lastOutcome, useFormatWhen } from './labels';

export interface SyncStateSectionProps {
  documentId: string;
  /** The edition shown (none: the default locale): each edition is delivered as its own stream. */
  locale?: string;
  /** Changes when the explainer is saved or published, to load the state again. */
  refreshKey?: string;
  /** Where "see the sync settings" goes; absent for editors who may not manage sync. */
  settingsLink?: string;
  /** How often to look again while a delivery is in flight (ms); 0 turns it off. */
  refreshMs?: number;
}

/** Per target, its newest delivery (the list comes newest first). */
export const latestPerTarget = (deliveries: DeliveryView[]) => {
  const byTarget = new Map<number, DeliveryView>();
  for (const delivery of deliveries) {
    const seen = byTarget.get(delivery.targetId);
    if (!seen || delivery.revisionNumber > seen.revisionNumber) byTarget.set(delivery.targetId, delivery);
  }
  return [...byTarget.values()].sort((a, b) => a.targetName.localeCompare(b.targetName));
};

const TargetState = ({ delivery, latest, settingsLink }: { delivery: DeliveryView; latest: number; settingsLink?: string }) => {
  const { formatMessage } = useIntl();
  const when = useFormatWhen();
  const older = delivery.revisionNumber < latest;
  const name = (
    <Typography variant="omega" fontWeight="semiBold" textColor="neutral800">
      {delivery.targetName}
      {older && (
        <Typography variant="pi" textColor="neutral600">
          {' '}
          {formatMessage(messages['sync.panel.revision'], { number: delivery.revisionNumber })}
        </Typography>
      )}
    </Typography>
  );

  if (delivery.state === 'delivered') {
    return (
      <Flex gap={2} alignItems="flex-start" data-state="delivered">
        <Check fill="success600" aria-hidden style={{ marginTop: '0.3rem', flexShrink: 0 }} />
        <Flex direction="column" alignItems="flex-start">
          {name}
          <Typography variant="pi" textColor="success700">
            {formatMessage(messages['sync.panel.delivered'], { date: when(delivery.deliveredAt) ?? '' })}
          </Typography>
        </Flex>
      </Flex>
    );
  }
  if (delivery.state === 'dead') {
    const outcome = lastOutcome(delivery);
    return (
      <Box background="danger100" borderColor="danger200" borderStyle="solid" borderWidth="1px" hasRadius padding={2} data-state="dead">
        <Flex gap={2} alignItems="flex-start">
          <WarningCircle fill="danger600" aria-hidden style={{ marginTop: '0.3rem', flexShrink: 0 }} />
          <Flex direction="column" alignItems="flex-start" gap={1}>
            {name}
            <Typography variant="pi" fontWeight="bold" textColor="danger700">
              {formatMessage(messages['sync.panel.dead'], { attempts: delivery.attempts })}
            </Typography>
            {outcome && (
              <Typography variant="pi" textColor="danger600" style={{ wordBreak: 'break-word' }}>
                {outcome}
              </Typography>
            )}
            {settingsLink && (
              <Link tag={RouterLink} to={settingsLink} endIcon={<ArrowRight />}>
                {formatMessage(messages['sync.panel.open-settings'])}
              </Link>
            )}
          </Flex>
        </Flex>
      </Box>
    );
  }
  // pending or delivering
  const next = when(delivery.nextAttemptAt);
  return (
    <Flex gap={2} alignItems="flex-start" data-state={delivery.state}>
      <Clock fill="warning600" aria-hidden style={{ marginTop: '0.3rem', flexShrink: 0 }} />
      <Flex direction="column" alignItems="flex-start">
        {name}
        <Typography variant="pi" textColor="warning700">
          {delivery.state === 'delivering'
            ? formatMessage(messages['sync.panel.delivering'])
            : formatMessage(messages['sync.panel.pending'], { attempts: delivery.attempts })}
          {delivery.state === 'pending' && next ? ` · ${formatMessage(messages['sync.panel.next'], { date: next })}` : ''}
        </Typography>
        {delivery.attempts > 0 && lastOutcome(delivery) && (
          <Typography variant="pi" textColor="neutral600" style={{ wordBreak: 'break-word' }}>
            {lastOutcome(delivery)}
          </Typography>
        )}
      </Flex>
    </Flex>
  );
};

/**
 * "Site sync" in the edit-view panel: for each target, whether the newest revision arrived (✓ and
 * when), is on its way (attempts, next try) or died (red, with a link to the sync settings).
 */
export const SyncStateSection = ({ documentId, locale, refreshKey = '', settingsLink, refreshMs = SYNC_REFRESH_MS }: SyncStateSectionProps) => {
  const { formatMessage } = useIntl();
  const api = useSyncApi();
  const errorMessage = useErrorMessage();
  const state = useRequest(() => api.getSyncState(documentId, locale), `${documentId}|${locale ?? ''}|${refreshKey}`, { keepPreviousData: true });
  const deliveries = state.data ?? [];
  const inFlight = deliveries.some((d) => d.state === 'pending' || d.state === 'delivering');

  // While something is on its way, look again every few seconds (only then: the panel is open all day).
  const refetch = state.refetch;
  React.useEffect(() => {
    if (!inFlight || !refreshMs) return;
    const handle = setTimeout(refetch, refreshMs);
    return () => clearTimeout(handle);
  }, [inFlight, refreshMs, refetch, state.data]);

  const latest = deliveries.reduce((max, d) => Math.max(max, d.revisionNumber), 0);
  const perTarget = latestPerTarget(deliveries);

  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="sync-state" tag="section" aria-label={formatMessage(messages['sync.panel.heading'])}>
      <Typography variant="sigma" textColor="neutral600" tag="h3">
        {formatMessage(messages['sync.panel.heading'])}
      </Typography>
      {state.error && !state.data ? (
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography variant="pi" textColor="danger600">
            {formatMessage(messages['sync.panel.error'], { message: errorMessage(state.error) })}
          </Typography>
          <Button variant="tertiary" size="S" onClick={state.refetch}>
            {formatMessage(messages['sync.try-again'])}
          </Button>
        </Flex>
      ) : !state.data ? (
        <Loader small>{formatMessage(messages['sync.loading'])}</Loader>
      ) : perTarget.length === 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(messages['sync.panel.empty'])}
        </Typography>
      ) : (
        <Flex direction="column" alignItems="stretch" gap={2} tag="ul">
          {perTarget.map((delivery) => (
            <li key={delivery.targetId}>
              <TargetState delivery={delivery} latest={latest} settingsLink={settingsLink} />
            </li>
          ))}
        </Flex>
      )}
    </Flex>
  );
};
