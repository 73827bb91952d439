import { Badge, Box, Flex, Link, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import type { DueClaim, FailingDelivery, NeedsChecking, OldMap } from '../../api/needsChecking';
import { claimsPath, mapEditPath, syncSettingsPath } from '../../constants';
import { messages } from '../../translations/messages';
import { useLabels } from '../common/labels';
import { DeliveryStateBadge } from '../sync/labels';

/**
 * The three lists of "What needs checking" (admin home page): each row names what is wrong and
 * links to where it is fixed (the claim in the claims desk, the map's edit view, sync settings).
 */

const dateTime = { dateStyle: 'medium', timeStyle: 'short' } as const;

/** The claims desk with the claim's side view open, on a piece that tracks it. */
export const claimDeskLink = (claim: DueClaim) => {
  const params = new URLSearchParams({ claim: claim.documentId });
  if (claim.explainer) params.set('explainer', claim.explainer.documentId);
  return `${claimsPath}?${params}`;
};

/** Settings → sync, showing the deliveries in the row's state. */
export const deliveryLink = (delivery: FailingDelivery) => `${syncSettingsPath}?state=${delivery.state}`;

const Rows = ({ children }: { children: React.ReactNode }) => (
  <Box tag="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
    {children}
  </Box>
);

const Row = ({ children }: { children: React.ReactNode }) => (
  <Box tag="li" paddingTop={2} paddingBottom={2} borderColor="neutral150" style={{ borderBottomWidth: 1, borderBottomStyle: 'solid' }}>
    <Flex direction="column" alignItems="stretch" gap={1}>
      {children}
    </Flex>
  </Box>
);

const More = ({ shown, total }: { shown: number; total: number }) => {
  const { formatMessage } = useIntl();
  return total > shown ? (
    <Typography variant="pi" textColor="neutral600">
      {formatMessage(messages['checking.more'], { count: total - shown })}
    </Typography>
  ) : null;
};

const Empty = ({ children }: { children: React.ReactNode }) => (
  <Typography variant="omega" textColor="neutral600">
    {children}
  </Typography>
);

/** "Text that runs on…" cut at a word, for one-line rows. */
const shorten = (text: string, max = 120) => (text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max) > 60 ? text.lastIndexOf(' ', max) : max)}…`);

export const DueClaimsList = ({ section }: { section: NonNullable<NeedsChecking['claims']> }) => {
  const { formatMessage, formatDate } = useIntl();
  const labels = useLabels();
  if (section.total === 0) return <Empty>{formatMessage(messages['checking.claims.empty'])}</Empty>;
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Rows>
        {section.items.map((claim) => (
          <Row key={claim.documentId}>
            <Link tag={NavLink} to={claimDeskLink(claim)}>
              {shorten(claim.statement)}
            </Link>
            <Flex gap={2} wrap="wrap">
              <Badge>{labels.claimStatus(claim.claimStatus)}</Badge>
              <Typography variant="pi" textColor="danger600">
                {formatMessage(messages['checking.claims.due'], { when: formatDate(claim.dueAt, dateTime) })}
              </Typography>
              <Typography variant="pi" textColor="neutral600">
                {formatMessage(messages['checking.claims.policy'], {
                  hours: claim.everyHours,
                  situation: claim.situation,
                })}
              </Typography>
              <Typography variant="pi" textColor="neutral600">
                {claim.lastVerifiedAt
                  ? formatMessage(messages['checking.claims.verified'], { when: formatDate(claim.lastVerifiedAt, dateTime) })
                  : formatMessage(messages['checking.claims.never-verified'])}
              </Typography>
            </Flex>
          </Row>
        ))}
      </Rows>
      <More shown={section.items.length} total={section.total} />
    </Flex>
  );
};

export const OldMapsList = ({ section }: { section: NonNullable<NeedsChecking['maps']> }) => {
  const { formatMessage, formatDate } = useIntl();
  if (section.total === 0) return <Empty>{formatMessage(messages['checking.maps.empty'], { days: section.maxAgeDays })}</Empty>;
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Rows>
        {section.items.map((map: OldMap) => (
          <Row key={map.documentId}>
            <Link tag={NavLink} to={mapEditPath(map.documentId)}>
              {map.title}
            </Link>
            <Typography variant="pi" textColor="danger600">
              {formatMessage(messages['checking.maps.as-of'], { date: formatDate(`${map.asOf}T00:00:00Z`, { dateStyle: 'medium', timeZone: 'UTC' }), days: map.ageDays })}
            </Typography>
          </Row>
        ))}
      </Rows>
      <More shown={section.items.length} total={section.total} />
    </Flex>
  );
};

export const FailingDeliveriesList = ({ section }: { section: NonNullable<NeedsChecking['deliveries']> }) => {
  const { formatMessage } = useIntl();
  if (section.total === 0) return <Empty>{formatMessage(messages['checking.deliveries.empty'])}</Empty>;
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Rows>
        {section.items.map((delivery) => (
          <Row key={delivery.id}>
            <Flex gap={2} wrap="wrap">
              <DeliveryStateBadge state={delivery.state} />
              <Link tag={NavLink} to={deliveryLink(delivery)}>
                {delivery.kind === 'alert'
                  ? formatMessage(messages['checking.deliveries.alert'], { target: delivery.targetName })
                  : formatMessage(messages['checking.deliveries.revision'], { target: delivery.targetName, slug: delivery.slug, number: delivery.revisionNumber })}
              </Link>
            </Flex>
            <Typography variant="pi" textColor="neutral600">
              {formatMessage(messages['checking.deliveries.attempts'], { attempts: delivery.attempts, error: delivery.lastError ?? '' })}
            </Typography>
          </Row>
        ))}
      </Rows>
      <More shown={section.items.length} total={section.total} />
    </Flex>
  );
};
