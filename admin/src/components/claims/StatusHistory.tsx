import { Box, Flex, Typography } from '@strapi/design-system';
import { ArrowRight } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { StatusEvent } from '../../api/claims';
import { messages } from '../../translations/messages';
import { ClaimStatusBadge } from './ClaimLabels';

/** The status history, newest first: from → to, the reason, who and when. */
export const StatusHistory = ({ history }: { history: StatusEvent[] }) => {
  const { formatMessage, formatDate } = useIntl();
  if (history.length === 0) return <Typography textColor="neutral600">{formatMessage(messages['claims.history.empty'])}</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={0} tag="ol" data-testid="claim-history">
      {[...history].reverse().map((event, i) => (
        <Box
          key={`${event.changedAt}-${i}`}
          tag="li"
          paddingLeft={4}
          paddingBottom={4}
          borderColor="neutral200"
          borderStyle="solid"
          borderWidth="0 0 0 2px"
        >
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Flex gap={2} wrap="wrap">
              {event.fromStatus ? (
                <>
                  <ClaimStatusBadge status={event.fromStatus} />
                  <ArrowRight aria-label={formatMessage(messages['claims.history.to'])} width="1.2rem" height="1.2rem" />
                </>
              ) : null}
              <ClaimStatusBadge status={event.toStatus} />
            </Flex>
            <Typography textColor="neutral800">“{event.reason}”</Typography>
            <Typography variant="pi" textColor="neutral600">
              {formatMessage(messages['claims.history.by'], {
                who: event.changedByName ?? formatMessage(messages['claims.conflict.someone']),
                date: formatDate(new Date(event.changedAt), { dateStyle: 'medium', timeStyle: 'short' }),
              })}
            </Typography>
          </Flex>
        </Box>
      ))}
    </Flex>
  );
};
