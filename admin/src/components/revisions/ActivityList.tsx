import { Flex, Link, TextButton, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import type { Activity } from '../../api/types';
import { claimsPath, syncSettingsPath } from '../../constants';
import { messages } from '../../translations/messages';
import { useLabels } from '../common/labels';

export interface ActivityListProps {
  explainerDocumentId: string;
  activities: Activity[];
  /** Shows a revision on the page the list is on. */
  onViewRevision?: (number: number) => void;
}

const short = (text: unknown, max = 90) => {
  const flat = String(text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

/** The explainer's audit log, newest first: who, when, what, and a link to where it happened. */
export const ActivityList = ({ explainerDocumentId, activities, onViewRevision }: ActivityListProps) => {
  const { formatMessage, formatDate } = useIntl();
  const labels = useLabels();
  if (activities.length === 0) {
    return <Typography textColor="neutral600">{formatMessage(messages['revisions.activity.empty'])}</Typography>;
  }

  const describe = (activity: Activity) => {
    const actor = activity.actorName ?? formatMessage(messages['revisions.unknown-editor']);
    const detail = activity.detail ?? {};
    const number = activity.revisionNumber ?? '?';
    const target = detail.targetName ?? formatMessage(messages['revisions.activity.a-target']);
    switch (activity.action) {
      case 'revision.publish':
        return formatMessage(messages['revisions.activity.publish'], { actor, number, kind: labels.kind(String(detail.kind ?? 'update')), note: short(detail.note) });
      case 'explainer.publish-unchanged':
        return formatMessage(messages['revisions.activity.publish-unchanged'], { actor, number });
      case 'explainer.unpublish':
        return formatMessage(messages['revisions.activity.unpublish'], { actor });
      case 'explainer.delete':
        return formatMessage(messages['revisions.activity.delete'], { actor });
      case 'revision.restore':
        return formatMessage(messages['revisions.activity.restore'], { actor, number });
      case 'claim.status':
        return formatMessage(messages['revisions.activity.claim-status'], {
          actor,
          claim: short(detail.statement, 70),
          from: labels.claimStatus((detail.from as string) ?? null),
          to: labels.claimStatus((detail.to as string) ?? null),
          reason: short(detail.reason, 120),
        });
      case 'delivery.failed':
        return formatMessage(messages['revisions.activity.delivery-failed'], { number, target, error: short(detail.error, 80) });
      case 'delivery.dead':
        return formatMessage(messages['revisions.activity.delivery-dead'], { number, target, attempts: Number(detail.attempts ?? 0) });
      case 'sync.target.create':
        return formatMessage(messages['revisions.activity.target-create'], { actor, target });
      case 'sync.target.update':
        return formatMessage(messages['revisions.activity.target-update'], { actor, target, changed: ((detail.changed as string[]) ?? []).join(', ') });
      case 'sync.target.delete':
        return formatMessage(messages['revisions.activity.target-delete'], { actor, target });
      default:
        return formatMessage(messages['revisions.activity.other'], { actor, action: activity.action });
    }
  };

  const linkOf = (activity: Activity) => {
    const detail = activity.detail ?? {};
    if (activity.action === 'claim.status' && detail.claimDocumentId) {
      const to = `${claimsPath}?${new URLSearchParams({ explainer: explainerDocumentId, claim: String(detail.claimDocumentId) }).toString()}`;
      return (
        <Link tag={RouterLink} to={to}>
          {formatMessage(messages['revisions.activity.open-claim'])}
        </Link>
      );
    }
    if (activity.action.startsWith('delivery.') || activity.action.startsWith('sync.target.')) {
      return (
        <Link tag={RouterLink} to={syncSettingsPath}>
          {formatMessage(messages['revisions.activity.open-sync'])}
        </Link>
      );
    }
    if ((activity.action === 'revision.publish' || activity.action === 'revision.restore') && activity.revisionNumber && onViewRevision) {
      const revision = activity.revisionNumber;
      return <TextButton onClick={() => onViewRevision(revision)}>{formatMessage(messages['revisions.activity.view-revision'], { number: revision })}</TextButton>;
    }
    return null;
  };

  return (
    <Flex direction="column" alignItems="stretch" gap={2} tag="ul" aria-label={formatMessage(messages['revisions.activity'])}>
      {activities.map((activity, i) => (
        <Flex key={activity.id ?? i} tag="li" gap={3} alignItems="baseline">
          <Typography variant="pi" textColor="neutral600" style={{ minWidth: '12rem' }}>
            {formatDate(new Date(activity.at), { dateStyle: 'medium', timeStyle: 'short' })}
          </Typography>
          <Typography variant="omega">{describe(activity)}</Typography>
          {linkOf(activity)}
        </Flex>
      ))}
    </Flex>
  );
};
