import { Badge, Flex, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { DefaultTheme } from 'styled-components';
import type { ClaimStatus, DeskActor, LinkGroup, LinkKind, Side } from '../../api/claimsTypes';
import type { ActorKind, ClaimMedium, ClaimSort } from '../../constants';
import { messages } from '../../translations/messages';
import { useLabels } from '../common/labels';

type Descriptor = { id: string; defaultMessage: string };

const SIDE_MESSAGES: Record<Side, Descriptor> = {
  ukraine: messages['claims.side.ukraine'],
  russia: messages['claims.side.russia'],
  international: messages['claims.side.international'],
  independent: messages['claims.side.independent'],
};

const ACTOR_KIND_MESSAGES: Record<ActorKind, Descriptor> = {
  government: messages['claims.actor-kind.government'],
  military: messages['claims.actor-kind.military'],
  'military-unit': messages['claims.actor-kind.military-unit'],
  ministry: messages['claims.actor-kind.ministry'],
  'osint-group': messages['claims.actor-kind.osint-group'],
  'think-tank': messages['claims.actor-kind.think-tank'],
  analyst: messages['claims.actor-kind.analyst'],
  media: messages['claims.actor-kind.media'],
  official: messages['claims.actor-kind.official'],
  other: messages['claims.actor-kind.other'],
};

const MEDIUM_MESSAGES: Record<ClaimMedium, Descriptor> = {
  statement: messages['claims.medium.statement'],
  video: messages['claims.medium.video'],
  'social-post': messages['claims.medium.social-post'],
  interview: messages['claims.medium.interview'],
  briefing: messages['claims.medium.briefing'],
  report: messages['claims.medium.report'],
  map: messages['claims.medium.map'],
  other: messages['claims.medium.other'],
};

const SORT_MESSAGES: Record<ClaimSort, Descriptor> = {
  'updatedAt:desc': messages['claims.sort.updatedAt-desc'],
  'updatedAt:asc': messages['claims.sort.updatedAt-asc'],
  'madeAt:desc': messages['claims.sort.madeAt-desc'],
  'madeAt:asc': messages['claims.sort.madeAt-asc'],
  'lastVerifiedAt:asc': messages['claims.sort.lastVerifiedAt-asc'],
  'lastVerifiedAt:desc': messages['claims.sort.lastVerifiedAt-desc'],
  'claimStatus:asc': messages['claims.sort.claimStatus-asc'],
  'statement:asc': messages['claims.sort.statement-asc'],
};

const LINK_GROUP_MESSAGES: Record<LinkGroup, Descriptor> = {
  contradicts: messages['claims.links.contradicts'],
  contradictedBy: messages['claims.links.contradictedBy'],
  supports: messages['claims.links.supports'],
  supportedBy: messages['claims.links.supportedBy'],
  updates: messages['claims.links.updates'],
  updatedByClaims: messages['claims.links.updatedByClaims'],
};

const LINK_KIND_MESSAGES: Record<LinkKind, Descriptor> = {
  contradicts: messages['claims.link-kind.contradicts'],
  supports: messages['claims.link-kind.supports'],
  updates: messages['claims.link-kind.updates'],
};

/** Translated names of the desk's enums (unknown values as they are). */
export const useClaimLabels = () => {
  const { formatMessage } = useIntl();
  const labels = useLabels();
  const from = <K extends string>(table: Record<K, Descriptor>) => (value: string | null | undefined) =>
    value && value in table ? formatMessage(table[value as K]) : (value ?? '');
  return {
    status: (status: ClaimStatus | null) => labels.claimStatus(status),
    side: from(SIDE_MESSAGES),
    actorKind: from(ACTOR_KIND_MESSAGES),
    medium: from(MEDIUM_MESSAGES),
    sort: from(SORT_MESSAGES),
    linkGroup: from(LINK_GROUP_MESSAGES),
    linkKind: from(LINK_KIND_MESSAGES),
  };
};

/** One colour pair per status, from the theme, so each status reads apart at a glance. */
type Color = keyof DefaultTheme['colors'];
const STATUS_COLORS: Record<ClaimStatus, { backgroundColor: Color; textColor: Color }> = {
  unverified: { backgroundColor: 'neutral150', textColor: 'neutral700' },
  disputed: { backgroundColor: 'alternative100', textColor: 'alternative700' },
  denied: { backgroundColor: 'secondary100', textColor: 'secondary700' },
  corroborated: { backgroundColor: 'primary100', textColor: 'primary700' },
  confirmed: { backgroundColor: 'success100', textColor: 'success700' },
  false: { backgroundColor: 'danger100', textColor: 'danger700' },
  retracted: { backgroundColor: 'neutral700', textColor: 'neutral0' },
};

export const ClaimStatusBadge = ({ status }: { status: ClaimStatus }) => {
  const labels = useClaimLabels();
  const colors = STATUS_COLORS[status] ?? STATUS_COLORS.unverified;
  return (
    <Badge backgroundColor={colors.backgroundColor} textColor={colors.textColor} data-status={status}>
      {labels.status(status)}
    </Badge>
  );
};

export const SideBadge = ({ side }: { side: Side }) => {
  const labels = useClaimLabels();
  return (
    <Badge size="S" backgroundColor="neutral100" textColor="neutral600">
      {labels.side(side)}
    </Badge>
  );
};

/** Not verified within the stale window (or never). */
export const StaleBadge = ({ hours }: { hours: number }) => {
  const { formatMessage } = useIntl();
  return (
    <Badge size="S" backgroundColor="warning100" textColor="warning700" title={formatMessage(messages['claims.stale.hint'], { hours })}>
      <Flex gap={1} tag="span">
        <WarningCircle aria-hidden width="1.2rem" height="1.2rem" />
        {formatMessage(messages['claims.stale'])}
      </Flex>
    </Badge>
  );
};

/** Saved after the piece's latest revision was published: the readers have not seen it yet. */
export const ChangedBadge = () => {
  const { formatMessage } = useIntl();
  return (
    <Badge size="S" backgroundColor="primary100" textColor="primary600" title={formatMessage(messages['claims.changed.hint'])}>
      {formatMessage(messages['claims.changed'])}
    </Badge>
  );
};

export const Claimant = ({ actor }: { actor: DeskActor | null }) => {
  const { formatMessage } = useIntl();
  if (!actor) return <Typography textColor="neutral500">{formatMessage(messages['claims.no-claimant'])}</Typography>;
  return (
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography textColor="neutral800" fontWeight="semiBold">
        {actor.name}
      </Typography>
      <SideBadge side={actor.side} />
    </Flex>
  );
};
