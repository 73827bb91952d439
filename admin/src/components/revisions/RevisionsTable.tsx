import { Box, Button, Flex, IconButton, Typography } from '@strapi/design-system';
import { ArrowClockwise, ArrowsHorizontal, Eye } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { RevisionListItem } from '../../api/types';
import { messages } from '../../translations/messages';
import { DataTable, type DataTableColumn } from '../common/DataTable';
import { KindBadge } from './KindBadge';

export interface RevisionsTableProps {
  revisions: RevisionListItem[];
  selected: number | null;
  onView: (number: number) => void;
  onCompareWithPrevious: (number: number) => void;
  /** Absent when the editor may not restore. */
  onRestore?: (number: number) => void;
}

/** Every revision: number, kind, notes, editor, date, "restores N", with view / compare / restore. */
export const RevisionsTable = ({ revisions, selected, onView, onCompareWithPrevious, onRestore }: RevisionsTableProps) => {
  const { formatMessage, formatDate } = useIntl();
  const columns: DataTableColumn<RevisionListItem>[] = [
    {
      id: 'number',
      header: messages['revisions.col.number'],
      cell: (revision) => <Typography fontWeight={revision.number === selected ? 'bold' : 'regular'}>{revision.number}</Typography>,
    },
    { id: 'kind', header: messages['revisions.col.kind'], cell: (revision) => <KindBadge kind={revision.kind} /> },
    {
      id: 'public-note',
      header: messages['revisions.col.public-note'],
      style: { whiteSpace: 'normal', maxWidth: '28rem' },
      cell: (revision) => (
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography textColor="neutral800">{revision.publicNote}</Typography>
          {revision.restoredFrom && (
            <Typography variant="pi" textColor="primary600">
              {formatMessage(messages['revisions.restored-from'], { number: revision.restoredFrom })}
            </Typography>
          )}
        </Flex>
      ),
    },
    {
      id: 'internal-note',
      header: messages['revisions.col.internal-note'],
      style: { whiteSpace: 'normal', maxWidth: '18rem' },
      cell: (revision) => (
        <Typography variant="pi" textColor="neutral600">
          {revision.internalNote ?? '—'}
        </Typography>
      ),
    },
    {
      id: 'editor',
      header: messages['revisions.col.editor'],
      cell: (revision) => <Typography textColor="neutral800">{revision.editorName ?? formatMessage(messages['revisions.unknown-editor'])}</Typography>,
    },
    {
      id: 'date',
      header: messages['revisions.col.date'],
      cell: (revision) => (
        <Typography textColor="neutral800">{formatDate(new Date(revision.publishedAt), { dateStyle: 'medium', timeStyle: 'short' })}</Typography>
      ),
    },
    {
      id: 'actions',
      header: messages['revisions.col.actions'],
      hideHeader: true,
      cell: (revision) => (
        <Flex gap={2} justifyContent="flex-end">
          <Button
            size="S"
            variant={revision.number === selected ? 'secondary' : 'tertiary'}
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
      ),
    },
  ];
  return (
    <DataTable
      columns={columns}
      rows={revisions}
      rowKey={(revision) => revision.number}
      rowProps={(revision) => ({ 'aria-selected': revision.number === selected, background: revision.number === selected ? 'primary100' : undefined })}
    />
  );
};
