import { Box, Flex, Typography } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { styled } from 'styled-components';
import { legendOf, renderMapSvg, type LegendEntry, type RenderableMap } from '../../../../shared/map-svg';
import { messages } from '../../translations/messages';
import { isMapFeatureType, type MapFeatureType } from '../../../../shared/constants';

/** The feature types' names as the editor reads them (the legend uses the same words as the site). */
export const TYPE_LABELS: Record<MapFeatureType, { id: string; defaultMessage: string }> = {
  'control-russian': messages['map.type.control-russian'],
  'control-ukrainian': messages['map.type.control-ukrainian'],
  'control-contested': messages['map.type.control-contested'],
  'front-line': messages['map.type.front-line'],
  road: messages['map.type.road'],
  rail: messages['map.type.rail'],
  settlement: messages['map.type.settlement'],
  river: messages['map.type.river'],
  border: messages['map.type.border'],
  label: messages['map.type.label'],
};

const Canvas = styled(Box)`
  line-height: 0;
  border: 1px solid ${({ theme }) => theme.colors.neutral200};
  border-radius: ${({ theme }) => theme.borderRadius};
  overflow: hidden;

  & svg {
    display: block;
    width: 100%;
    height: auto;
  }
`;

const LegendList = styled.ul`
  display: flex;
  flex-wrap: wrap;
  gap: ${({ theme }) => `${theme.spaces[1]} ${theme.spaces[4]}`};
  list-style: none;
  margin: 0;
  padding: 0;

  & li {
    display: flex;
    align-items: center;
    gap: ${({ theme }) => theme.spaces[2]};
  }
`;

/** A legend swatch drawn the way the renderer draws the type: a filled area, a line, or a dot. */
const Swatch = ({ entry }: { entry: LegendEntry }) => (
  <svg width="22" height="14" viewBox="0 0 22 14" aria-hidden="true" focusable="false">
    {entry.type === 'settlement' ? (
      <circle cx="11" cy="7" r="4" fill={entry.fill ?? '#222'} />
    ) : entry.fill ? (
      <rect
        x="1"
        y="1"
        width="20"
        height="12"
        fill={entry.fill}
        fillOpacity={0.7}
        stroke={entry.stroke ?? 'none'}
        strokeDasharray={entry.dash ?? undefined}
      />
    ) : (
      <line x1="1" y1="7" x2="21" y2="7" stroke={entry.stroke ?? '#000'} strokeWidth={2} strokeDasharray={entry.dash ?? undefined} />
    )}
  </svg>
);

export const MapLegend = ({ map }: { map: RenderableMap }) => {
  const { formatMessage } = useIntl();
  const entries = legendOf(map);
  if (entries.length === 0) return null;
  return (
    <LegendList aria-label={formatMessage(messages['map.preview.legend'])}>
      {entries.map((entry) => (
        <li key={entry.type} data-type={entry.type}>
          <Swatch entry={entry} />
          <Typography variant="pi">{isMapFeatureType(entry.type) ? formatMessage(TYPE_LABELS[entry.type]) : entry.label}</Typography>
        </li>
      ))}
    </LegendList>
  );
};

/** "YYYY-MM-DD" (a date field) as the reader sees it; anything else as it is. */
export const useFormatAsOf = () => {
  const { formatDate } = useIntl();
  return React.useCallback(
    (asOf: unknown) => {
      if (typeof asOf !== 'string' || asOf === '') return null;
      const date = new Date(/^\d{4}-\d{2}-\d{2}$/.test(asOf) ? `${asOf}T00:00:00Z` : asOf);
      return Number.isNaN(date.getTime()) ? asOf : formatDate(date, { dateStyle: 'long', timeZone: 'UTC' });
    },
    [formatDate],
  );
};

/** The source line and as-of date under a map, as readers get them. */
export const SourceLine = ({ sourceLine, asOf }: { sourceLine: unknown; asOf: unknown }) => {
  const { formatMessage } = useIntl();
  const formatAsOf = useFormatAsOf();
  const date = formatAsOf(asOf);
  const source = typeof sourceLine === 'string' && sourceLine.trim() !== '' ? sourceLine.trim() : null;
  return (
    <Typography variant="pi" textColor="neutral600" data-testid="map-source-line">
      {source ?? formatMessage(messages['map.preview.no-source'])}
      {' · '}
      {date ? formatMessage(messages['map.preview.as-of'], { date }) : formatMessage(messages['map.preview.no-as-of'])}
    </Typography>
  );
};

export interface MapPreviewProps {
  map: RenderableMap;
  extent?: [number, number, number, number];
  sourceLine: unknown;
  asOf: unknown;
  /** An accessible name for the figure (the preview, or which version it is). */
  label: string;
  width?: number;
  height?: number;
}

/** The map drawn by the shared renderer (the site's no-JavaScript fallback), with its legend and source. */
export const MapPreview = ({ map, extent, sourceLine, asOf, label, width, height }: MapPreviewProps) => {
  const svg = React.useMemo(() => {
    try {
      return renderMapSvg(map, { extent, width, height });
    } catch {
      return null;
    }
  }, [map, extent, width, height]);
  return (
    <Flex tag="figure" direction="column" alignItems="stretch" gap={2} margin={0} aria-label={label}>
      {/* The renderer escapes every text it writes into the SVG. */}
      {svg && <Canvas data-testid="map-preview-svg" dangerouslySetInnerHTML={{ __html: svg }} />}
      <Flex tag="figcaption" direction="column" alignItems="stretch" gap={2}>
        <MapLegend map={map} />
        <SourceLine sourceLine={sourceLine} asOf={asOf} />
      </Flex>
    </Flex>
  );
};
