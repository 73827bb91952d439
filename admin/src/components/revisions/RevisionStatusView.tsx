import { Box, Divider, Flex, Link, Status, Typography } from '@strapi/design-system';
import { ArrowRight } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import type { Activity, RevisionListItem, RevisionStatus } from '../../api/types';
import { messages } from '../../translations/messages';
import { ChangeSummaryList } from './ChangeSummaryList';
import { DriftNotice } from './DriftNotice';
import { KindBadge } from './KindBadge';

export interface RestoredDraft {
  number: number;
  actorName: string | null;
}

/** The revision restored as the draft after the latest publish, if any (activities are newest first). */
export const restoredSinceLatest = (activities: Activity[], latest: RevisionListItem | null): RestoredDraft | null => {
  const since = latest ? Date.parse(latest.publishedAt) : -Infinity;
  const restore = activities.find((a) => a.action === 'revision.restore' && Date.parse(a.at) > since);
  return restore && restore.revisionNumber ? { number: restore.revisionNumber, actorName: restore.actorName } : null;
};

export interface RevisionStatusViewProps {
  status: RevisionStatus;
  restored?: RestoredDraft | null;
  canPublish: boolean;
  /** The edit view shows the published version: publishing is done from the draft. */
  isPublishedTab?: boolean;
  revisionsLink: string;
  /** Where a translator sees what changed in the source edition (editions other than the source). */
  driftLink?: string;
}

/** What the edit-view panel shows: the current revision, what the draft would change, and the actions. */
export const RevisionStatusView = ({ status, restored, canPublish, isPublishedTab, revisionsLink, driftLink }: RevisionStatusViewProps) => {
  const { formatMessage, formatDate } = useIntl();
  const { latest, pendingChanges, hasPendingChanges } = status;
  const date = (iso: string) => formatDate(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });

  return (
    <Flex direction="column" alignItems="stretch" gap={4} width="100%" data-testid="revision-status">
      {status.drift && <DriftNotice drift={status.drift} driftLink={driftLink} />}
      {latest ? (
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Flex gap={2} alignItems="center">
            <Typography variant="delta" tag="p">
              {formatMessage(messages['panel.current'], { number: latest.number })}
            </Typography>
            <KindBadge kind={latest.kind} />
          </Flex>
          <Typography variant="pi" textColor="neutral600">
            {latest.editorName
              ? formatMessage(messages['panel.published-by'], { date: date(latest.publishedAt), editor: latest.editorName })
              : formatMessage(messages['panel.published-at'], { date: date(latest.publishedAt) })}
          </Typography>
          {latest.publicNote && (
            <Typography variant="pi" textColor="neutral800" style={{ fontStyle: 'italic' }}>
              “{latest.publicNote}”
            </Typography>
          )}
        </Flex>
      ) : (
        <Typography variant="omega" textColor="neutral700">
          {formatMessage(messages['panel.never-published'])}
        </Typography>
      )}

      {latest && <Divider />}

      {latest && (
        <Flex direction="column" alignItems="stretch" gap={3}>
          {hasPendingChanges ? (
            <>
              <Status variant="warning" size="S">
                <Typography variant="omega" fontWeight="bold" textColor="warning700">
                  {formatMessage(messages['panel.pending'])}
                </Typography>
              </Status>
              {restored && (
                <Typography variant="pi" textColor="neutral700">
                  {formatMessage(messages['panel.restored'], { number: restored.number, actor: restored.actorName ?? 'none' })}
                </Typography>
              )}
              {pendingChanges && (
                <>
                  <Typography variant="pi" textColor="neutral600">
                    {formatMessage(messages['panel.pending-since'], { number: latest.number })}
                  </Typography>
                  <ChangeSummaryList summary={pendingChanges} />
                </>
              )}
            </>
          ) : (
            <Status variant="success" size="S">
              <Typography variant="omega" textColor="success700">
                {formatMessage(messages['panel.up-to-date'], { number: latest.number })}
              </Typography>
            </Status>
          )}
        </Flex>
      )}

      {canPublish && (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(messages[isPublishedTab ? 'panel.published-tab' : hasPendingChanges || !latest ? 'panel.publish-hint' : 'panel.publish-hint-none'])}
        </Typography>
      )}

      <Box>
        <Link tag={RouterLink} to={revisionsLink} endIcon={<ArrowRight />}>
          {formatMessage(messages['panel.all-revisions'])}
        </Link>
      </Box>
    </Flex>
  );
};
