import { Box, Flex, Typography } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { ChangeSummary } from '../../api/types';
import { messages } from '../../translations/messages';
import { useLabels } from '../common/labels';

export const isEmptySummary = (summary: ChangeSummary) =>
  Object.values(summary).every((value) => (Array.isArray(value) ? value.length === 0 : !value));

const Group = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={1}>
    <Typography variant="sigma" textColor="neutral600" tag="h4">
      {title}
    </Typography>
    <Box tag="ul" paddingLeft={4} style={{ listStyle: 'disc' }}>
      {children}
    </Box>
  </Flex>
);

const Item = ({ children }: { children: React.ReactNode }) => (
  <Typography tag="li" variant="omega" textColor="neutral800">
    {children}
  </Typography>
);

/** What a change did, for editors: fields, sections, claims with their status change, maps, images. */
export const ChangeSummaryList = ({ summary }: { summary: ChangeSummary }) => {
  const { formatMessage } = useIntl();
  const labels = useLabels();
  if (isEmptySummary(summary)) {
    return (
      <Typography variant="omega" textColor="neutral600">
        {formatMessage(messages['summary.empty'])}
      </Typography>
    );
  }
  const list = (title: keyof typeof messages, items: string[]) =>
    items.length > 0 && (
      <Group title={formatMessage(messages[title])}>
        {items.map((item, i) => (
          <Item key={`${i}-${item}`}>{item}</Item>
        ))}
      </Group>
    );
  return (
    <Flex direction="column" alignItems="stretch" gap={3} data-testid="change-summary">
      {list('summary.fields', summary.fieldsChanged.map(labels.field))}
      {list('summary.sections-edited', summary.sectionsEdited)}
      {list('summary.sections-added', summary.sectionsAdded)}
      {list('summary.sections-removed', summary.sectionsRemoved)}
      {summary.claimsStatusChanged.length > 0 && (
        <Group title={formatMessage(messages['summary.claims-status'])}>
          {summary.claimsStatusChanged.map((change) => (
            <Item key={change.id}>
              {change.statement}{' '}
              <Typography fontWeight="bold" textColor="neutral800">
                {formatMessage(messages['summary.claim-status-change'], {
                  from: labels.claimStatus(change.from),
                  to: labels.claimStatus(change.to),
                })}
              </Typography>
            </Item>
          ))}
        </Group>
      )}
      {list('summary.claims-added', summary.claimsAdded)}
      {list('summary.claims-removed', summary.claimsRemoved)}
      {list(
        'summary.maps-updated',
        summary.mapsUpdated.map((map) => formatMessage(messages['summary.map-as-of'], { title: map.title, asOf: map.asOf }))
      )}
      {summary.imagesChanged > 0 && (
        <Typography variant="omega" textColor="neutral800">
          {formatMessage(messages['summary.images-changed'], { count: summary.imagesChanged })}
        </Typography>
      )}
    </Flex>
  );
};
