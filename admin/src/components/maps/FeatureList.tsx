import { Box, Flex, IconButton, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { Trash, WarningCircle } from '@strapi/icons';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import { messages } from '../../translations/messages';
import { MAP_FEATURE_TYPES, isMapFeatureType, type MapFeatureType } from '../../../../shared/constants';
import type { FeatureRow } from './geojson';
import { TYPE_LABELS } from './MapPreview';

const Scroll = styled(Box)`
  max-height: 48rem;
  overflow-y: auto;
`;

/** One column of a feature's row: a small visible heading over its control (the control has its own label). */
const Cell = ({ heading, minWidth, flex, children }: { heading: string; minWidth: string; flex: string; children: React.ReactNode }) => (
  <Box minWidth={minWidth} flex={flex}>
    <Flex direction="column" alignItems="stretch" gap={1}>
      <Typography variant="pi" fontWeight="bold" textColor="neutral800" aria-hidden>
        {heading}
      </Typography>
      {children}
    </Flex>
  </Box>
);

export interface FeatureListProps {
  rows: FeatureRow[];
  /** The server's issues by feature index. */
  issues: Map<number, { path: string; message: string }[]>;
  disabled?: boolean;
  onTypeChange: (index: number, type: MapFeatureType) => void;
  onNameChange: (index: number, name: string) => void;
  onRemove: (index: number) => void;
}

/**
 * Every feature of the collection on one row: its number, type (a select of the allowed types), name,
 * geometry and a remove button, with the server's issues for that feature right under it. Editors fix
 * a type or a name here without touching the JSON.
 */
export const FeatureList = ({ rows, issues, disabled, onTypeChange, onNameChange, onRemove }: FeatureListProps) => {
  const { formatMessage } = useIntl();
  return (
    <Scroll>
      <Flex tag="ol" direction="column" alignItems="stretch" gap={2} margin={0} padding={0} style={{ listStyle: 'none' }}>
        {rows.map((row) => {
          const number = row.index + 1;
          const rowIssues = issues.get(row.index) ?? [];
          const title = formatMessage(messages['map.features.number'], { number });
          return (
            <Box
              tag="li"
              key={row.index}
              aria-label={title}
              data-feature-index={row.index}
              padding={3}
              hasRadius
              borderColor={rowIssues.length > 0 ? 'danger600' : 'neutral200'}
              background={rowIssues.length > 0 ? 'danger100' : 'neutral0'}
            >
              <Flex gap={3} alignItems="flex-end" wrap="wrap">
                <Flex direction="column" alignItems="flex-start" gap={1} minWidth="11rem" paddingBottom={1}>
                  <Typography variant="omega" fontWeight="bold">
                    {title}
                  </Typography>
                  <Typography variant="pi" textColor="neutral600">
                    {formatMessage(messages['map.features.geometry'], {
                      geometry: row.geometryType ?? formatMessage(messages['map.features.no-geometry']),
                    })}
                  </Typography>
                </Flex>
                <Cell minWidth="24rem" flex="3" heading={formatMessage(messages['map.features.type'])}>
                  <SingleSelect
                    size="S"
                    aria-label={formatMessage(messages['map.features.type-of'], { number })}
                    hasError={rowIssues.some((issue) => issue.path.startsWith('properties.type'))}
                    value={isMapFeatureType(row.type) ? row.type : null}
                    placeholder={
                      row.type === undefined || row.type === null || row.type === ''
                        ? formatMessage(messages['map.features.type-missing'])
                        : formatMessage(messages['map.features.type-unknown'], { type: String(row.type) })
                    }
                    disabled={disabled}
                    onChange={(value) => onTypeChange(row.index, value as MapFeatureType)}
                  >
                    {MAP_FEATURE_TYPES.map((type) => (
                      <SingleSelectOption key={type} value={type}>
                        {`${formatMessage(TYPE_LABELS[type])} (${type})`}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                </Cell>
                <Cell minWidth="16rem" flex="2" heading={formatMessage(messages['map.features.name'])}>
                  <TextInput
                    size="S"
                    aria-label={formatMessage(messages['map.features.name-of'], { number })}
                    value={row.name}
                    disabled={disabled}
                    onChange={(event: React.ChangeEvent<HTMLInputElement>) => onNameChange(row.index, event.target.value)}
                  />
                </Cell>
                {!disabled && (
                  <IconButton
                    label={formatMessage(messages['map.features.remove'], { number })}
                    variant="ghost"
                    onClick={() => onRemove(row.index)}
                  >
                    <Trash />
                  </IconButton>
                )}
              </Flex>
              {rowIssues.length > 0 && (
                <Flex tag="ul" direction="column" alignItems="stretch" gap={1} marginTop={2} padding={0} style={{ listStyle: 'none' }}>
                  {rowIssues.map((issue, i) => (
                    <Flex tag="li" key={i} gap={1} alignItems="flex-start">
                      <WarningCircle fill="danger600" aria-hidden />
                      <Typography variant="pi" textColor="danger600">
                        {formatMessage(messages['map.validation.issue'], {
                          path: issue.path || formatMessage(messages['map.validation.the-feature']),
                          message: issue.message,
                        })}
                      </Typography>
                    </Flex>
                  ))}
                </Flex>
              )}
            </Box>
          );
        })}
      </Flex>
    </Scroll>
  );
};
