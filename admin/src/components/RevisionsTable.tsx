import { Box, Button, Flex, IconButton, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { ArrowClockwise, ArrowsHorizontal, Eye } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import type { RevisionListItem } from '../api/types';
import { messages } from '../translations/messages';
import { KindBadge } from './labels';

export interface RevisionsTableProps {
  revisions: RevisionListItem[];
  selected: number | null;
  onView: (number: number) => void;
  onCompareWithPrevious: (number: number) => void;
  /** Absent when the editor may not restore. */
  onRestore?: (number: number) => void;
}

const Row = styled(Tr)<{ $selected: boolean }>`
  background: ${({ theme, $selected }) => ($selected ? theme.colors.primary100 : 'transparent')};
`;

/** Every revision: number, kind, notes, editor, date, "restores N", with view / compare / restore. */
export const RevisionsTable = ({ revisions, selected, onView, onCompareWithPrevious, onRestore }: RevisionsTableProps) => {
  const { formatMessage, formatDate } = useIntl();
  const col = (key: Parameters<typeof formatMessage>[0]) => (
    <Th>
      <Typography variant="sigma" textColor="neutral600">
        {formatMessage(key)}
      </Typography>
    </Th>
  );
  return (
    <Table colCount={7} rowCount={revisions.length + 1}>
      <Thead>
        <Tr>
          {col(messages['revisions.col.number'])}
          {col(messages['revisions.col.kind'])}
          {col(messages['revisions.col.public-note'])}
          {col(messages['revisions.col.internal-note'])}
          {col(messages['revisions.col.editor'])}
          {col(messages['revisions.col.date'])}
          <Th>
            <VisuallyHidden>{formatMessage(messages['revisions.col.actions'])}</VisuallyHidden>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {revisions.map((revision) => {
          const isSelected = revision.number === selected;
          return (
            <Row key={revision.number} aria-selected={isSelected} $selected={isSelected}>
              <Td>
                <Typography fontWeight={isSelected ? 'bold' : 'regular'}>{revision.number}</Typography>
              </Td>
              <Td>
                <KindBadge kind={revision.kind} />
              </Td>
              <Td style={{ whiteSpace: 'normal', maxWidth: '28rem' }}>
                <Flex direction="column" alignItems="flex-start" gap={1}>
                  <Typography textColor="neutral800">{revision.publicNote}</Typography>
                  {revision.restoredFrom && (
                    <Typography variant="pi" textColor="primary600">
                      {formatMessage(messages['revisions.restored-from'], { number: revision.restoredFrom })}
                    </Typography>
                  )}
                </Flex>
              </Td>
              <Td style={{ whiteSpace: 'normal', maxWidth: '18rem' }}>
                <Typography variant="pi" textColor="neutral600">
                  {revision.internalNote ?? '—'}
                </Typography>
              </Td>
              <Td>
                <Typography textColor="neutral800">{revision.editorName ?? formatMessage(messages['revisions.unknown-editor'])}</Typography>
              </Td>
              <Td>
                <Typography textColor="neutral800">
                  {formatDate(new Date(revision.publishedAt), { dateStyle: 'medium', timeStyle: 'short' })}
                </Typography>
              </Td>
              <Td>
                <Flex gap={2} justifyContent="flex-end">
                  <Button
                    size="S"
                    variant={isSelected ? 'secondary' : 'tertiary'}
                    startIcon={<Eye />}
                    aria-label={formatMessage(messages['revisions.view'], { number: revision.number })}
                    onClick={() => onView(revision.number)}
                  >
                    {formatMessage(messages['revisions.view-short'])}
                  </Button>
                  {revision.number > 1 ? (
                    <IconButton
                      label={formatMessage(messages['revisions.compare-previous'], { number: revision.number })}
                      variant="ghost"
                      onClick={() => onCompareWithPrevious(revision.number)}
                    >
                      <ArrowsHorizontal />
                    </IconButton>
                  ) : (
                    // Keeps the buttons of every row in one column.
                    <Box width="3.2rem" aria-hidden />
                  )}
                  {onRestore && (
                    <Button
                      size="S"
                      variant="tertiary"
                      startIcon={<ArrowClockwise />}
                      aria-label={formatMessage(messages['revisions.restore'], { number: revision.number })}
                      onClick={() => onRestore(revision.number)}
                    >
                      {formatMessage(messages['revisions.restore-short'])}
                    </Button>
                  )}
                </Flex>
              </Td>
            </Row>
          );
        })}
      </Tbody>
    </Table>
  );
};
