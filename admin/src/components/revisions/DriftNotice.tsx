import { Flex, Link, Status, Typography } from '@strapi/design-system';
import { ArrowRight } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { Link as RouterLink } from 'react-router-dom';
import type { RevisionStatus } from '../../api/types';
import { messages } from '../../translations/messages';
import { useLabels } from '../common/labels';

/**
 * For an edition other than the source: how far it is behind the source edition ("2 revisions behind
 * English"), with the way to what the translator has to carry over.
 */
export const DriftNotice = ({ drift, driftLink }: { drift: NonNullable<RevisionStatus['drift']>; driftLink?: string }) => {
  const { formatMessage } = useIntl();
  const labels = useLabels();
  const language = labels.language(drift.sourceLocale);
  if (drift.behind === null || !drift.basedOn || drift.sourceLatest === null) return null;
  const behind = drift.behind > 0;
  return (
    <Flex direction="column" alignItems="stretch" gap={2} data-testid="translation-drift">
      <Status variant={behind ? 'warning' : 'success'} size="S">
        <Typography variant="omega" fontWeight={behind ? 'bold' : undefined} textColor={behind ? 'warning700' : 'success700'}>
          {behind
            ? formatMessage(messages['drift.behind-short'], { behind: drift.behind, language })
            : formatMessage(messages['drift.current-short'], { language, latest: drift.sourceLatest })}
        </Typography>
      </Status>
      {behind && (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(messages['drift.based-on'], { language, basedOn: drift.basedOn.revision, latest: drift.sourceLatest })}
        </Typography>
      )}
      {behind && driftLink && (
        <Link tag={RouterLink} to={driftLink} endIcon={<ArrowRight />}>
          {formatMessage(messages['drift.open'], { language })}
        </Link>
      )}
    </Flex>
  );
};
