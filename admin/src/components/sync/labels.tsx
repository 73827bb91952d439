import { Badge } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { DeliveryState, PayloadMode } from '../../api/sync';
import { messages } from '../../translations/messages';

const STATE_MESSAGES = {
  pending: messages['sync.state.pending'],
  delivering: messages['sync.state.delivering'],
  delivered: messages['sync.state.delivered'],
  dead: messages['sync.state.dead'],
} satisfies Record<DeliveryState, unknown>;

const MODE_MESSAGES = {
  snapshot: messages['sync.mode.snapshot'],
  event: messages['sync.mode.event'],
} satisfies Record<PayloadMode, unknown>;

export const DELIVERY_STATES = Object.keys(STATE_MESSAGES) as DeliveryState[];
export const PAYLOAD_MODES = Object.keys(MODE_MESSAGES) as PayloadMode[];

export const useSyncLabels = () => {
  const { formatMessage } = useIntl();
  return {
    state: (state: DeliveryState) => (state in STATE_MESSAGES ? formatMessage(STATE_MESSAGES[state]) : state),
    mode: (mode: PayloadMode) => (mode in MODE_MESSAGES ? formatMessage(MODE_MESSAGES[mode]) : mode),
  };
};

const STATE_VARIANTS: Record<DeliveryState, 'success' | 'danger' | 'warning' | 'secondary'> = {
  delivered: 'success',
  dead: 'danger',
  pending: 'warning',
  delivering: 'secondary',
};

/** A delivery's state; a dead one is solid red so it cannot be missed. */
export const DeliveryStateBadge = ({ state }: { state: DeliveryState }) => {
  const labels = useSyncLabels();
  if (state === 'dead') {
    return (
      <Badge backgroundColor="danger600" textColor="neutral0" data-state={state}>
        {labels.state(state)}
      </Badge>
    );
  }
  return (
    <Badge variant={STATE_VARIANTS[state] ?? 'neutral'} data-state={state}>
      {labels.state(state)}
    </Badge>
  );
};

/** "HTTP 503 · TimeoutError: …": what the last attempt got, or null when nothing was tried. */
export const lastOutcome = (delivery: { lastStatus: number | null; lastError: string | null }) => {
  const parts: string[] = [];
  if (delivery.lastStatus !== null && !(delivery.lastError ?? '').startsWith(`HTTP ${delivery.lastStatus}`)) {
    parts.push(`HTTP ${delivery.lastStatus}`);
  }
  if (delivery.lastError) parts.push(delivery.lastError);
  return parts.length ? parts.join(' · ') : null;
};

/** A time as the desk reads it: just the time (with seconds) today, the date and time otherwise. */
export const useFormatWhen = () => {
  const { formatDate } = useIntl();
  return (iso: string | null | undefined) => {
    if (!iso) return null;
    const date = new Date(iso);
    const today = new Date().toDateString() === date.toDateString();
    return today ? formatDate(date, { timeStyle: 'medium' }) : formatDate(date, { dateStyle: 'medium', timeStyle: 'short' });
  };
};
