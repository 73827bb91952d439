import { Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import * as React from 'react';
import { useIntl, type MessageDescriptor } from 'react-intl';
import { styled, type DefaultTheme } from 'styled-components';

type Color = keyof DefaultTheme['colors'];

export interface DataTableColumn<T> {
  id: string;
  header: MessageDescriptor;
  /** The header is read by screen readers only (an actions column). */
  hideHeader?: boolean;
  /** The style of the column's cells (width, wrapping). */
  style?: React.CSSProperties;
  cell: (row: T) => React.ReactNode;
}

/** The row's own props (aria-*, data-*, a background), and `edge`: a 4px stripe in that colour on its left. */
export type DataTableRowProps = Omit<React.ComponentProps<typeof Tr>, 'children'> & {
  edge?: Color;
  [data: `data-${string}`]: string | boolean | undefined;
};

export interface DataTableProps<T> {
  columns: DataTableColumn<T>[];
  rows: T[];
  rowKey: (row: T) => React.Key;
  rowProps?: (row: T) => DataTableRowProps;
  /** What a full-width row under the row shows; no such row when it returns null. */
  details?: (row: T) => React.ReactNode;
}

const Row = styled(Tr)<{ $edge?: Color }>`
  & > td:first-child {
    box-shadow: ${({ theme, $edge }) => ($edge ? `inset 4px 0 0 ${theme.colors[$edge]}` : 'none')};
  }
`;

/** A design-system table: a header row of translated column names, then a row (and its details) per item. */
export const DataTable = <T,>({ columns, rows, rowKey, rowProps, details }: DataTableProps<T>) => {
  const { formatMessage } = useIntl();
  // Flat, so that the table numbers every row (aria-rowindex), the details rows too.
  const body = rows.flatMap((row) => {
    const key = rowKey(row);
    const { edge, ...props } = rowProps?.(row) ?? {};
    const more = details?.(row);
    return [
      <Row key={key} $edge={edge} {...props}>
        {columns.map((column) => (
          <Td key={column.id} style={column.style}>
            {column.cell(row)}
          </Td>
        ))}
      </Row>,
      ...(more == null
        ? []
        : [
            <Tr key={`${key}-details`}>
              <Td colSpan={columns.length} style={{ whiteSpace: 'normal' }}>
                {more}
              </Td>
            </Tr>,
          ]),
    ];
  });
  return (
    <Table colCount={columns.length} rowCount={body.length + 1}>
      <Thead>
        <Tr>
          {columns.map((column) => (
            <Th key={column.id}>
              {column.hideHeader ? (
                <VisuallyHidden>{formatMessage(column.header)}</VisuallyHidden>
              ) : (
                <Typography variant="sigma" textColor="neutral600">
                  {formatMessage(column.header)}
                </Typography>
              )}
            </Th>
          ))}
        </Tr>
      </Thead>
      <Tbody>{body}</Tbody>
    </Table>
  );
};
