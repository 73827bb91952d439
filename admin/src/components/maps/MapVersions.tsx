import { Box, Button, Field, Flex, Grid, Loader, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ClockCounterClockwise } from '@strapi/icons';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { RenderableMap } from '../../../../shared/map-svg';
import { useErrorMessage, useMapsApi, type MapVersion } from '../../api/maps';
import { useRequest } from '../../api/useRequest';
import { messages } from '../../translations/messages';
import { compareFeatures, renderableOf, unionExtent } from './geojson';
import { MapPreview, useFormatAsOf } from './MapPreview';

export interface MapVersionsProps {
  documentId: string;
  title: string;
  /** What the form holds now (with unsaved edits), drawn on the right. */
  current: { map: RenderableMap | null; sourceLine: unknown; asOf: unknown };
  /** Changes whenever the map is saved, so the list is loaded again. */
  reloadKey: string;
}

const versionKey = (version: MapVersion, index: number) => String(version.id ?? `${version.replacedAt}-${index}`);

/**
 * "Versions": pick an earlier as-of version of this map (kept by the server each time its lines or
 * date changed) and see it beside the current one, both drawn over the same extent so the lines'
 * movement shows.
 */
export const MapVersions = ({ documentId, title, current, reloadKey }: MapVersionsProps) => {
  const { formatMessage, formatDate } = useIntl();
  const formatAsOf = useFormatAsOf();
  const api = useMapsApi();
  const errorMessage = useErrorMessage();
  const [open, setOpen] = React.useState(false);
  const [picked, setPicked] = React.useState<string | null>(null);
  const versions = useRequest(() => api.listVersions(documentId), open ? `${documentId}|${reloadKey}` : null, { keepPreviousData: true });

  const list = versions.data ?? [];
  const selectedIndex = list.findIndex((version, index) => versionKey(version, index) === picked);
  const selected = selectedIndex >= 0 ? list[selectedIndex] : list[0];
  const earlier = React.useMemo(() => (selected ? renderableOf(selected.geojson, title).map : null), [selected, title]);
  const extent = React.useMemo(() => (earlier && current.map ? unionExtent(earlier, current.map) : undefined), [earlier, current.map]);
  const changes = earlier && current.map ? compareFeatures(earlier, current.map) : null;

  const optionLabel = (version: MapVersion) =>
    formatMessage(messages['map.versions.option'], {
      asOf: formatAsOf(version.asOf) ?? version.asOf,
      replacedAt: formatDate(version.replacedAt, { dateStyle: 'medium', timeStyle: 'short' }),
      by: version.replacedBy || 'none',
    });

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Box>
        <Button variant="tertiary" size="S" startIcon={<ClockCounterClockwise />} aria-expanded={open} onClick={() => setOpen((v) => !v)}>
          {formatMessage(open ? messages['map.versions.hide'] : messages['map.versions.show'])}
        </Button>
      </Box>
      {open && versions.isLoading && !versions.data && <Loader small>{formatMessage(messages['map.versions.loading'])}</Loader>}
      {open && versions.error && !versions.data ? (
        <Typography variant="pi" textColor="danger600">
          {formatMessage(messages['map.versions.failed'], { message: errorMessage(versions.error) })}
        </Typography>
      ) : null}
      {open && versions.data && list.length === 0 && (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(messages['map.versions.empty'])}
        </Typography>
      )}
      {open && selected && (
        <>
          <Box maxWidth="64rem">
            <Field.Root name="map-version">
              <Field.Label>{formatMessage(messages['map.versions.pick'])}</Field.Label>
              <SingleSelect value={versionKey(selected, list.indexOf(selected))} onChange={(value) => setPicked(String(value))}>
                {list.map((version, index) => (
                  <SingleSelectOption key={versionKey(version, index)} value={versionKey(version, index)}>
                    {optionLabel(version)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Field.Root>
          </Box>
          <Grid.Root gap={4}>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <Typography variant="sigma" textColor="neutral600">
                {formatMessage(messages['map.versions.earlier'], { asOf: formatAsOf(selected.asOf) ?? selected.asOf })}
              </Typography>
              {earlier ? (
                <MapPreview
                  map={earlier}
                  extent={extent}
                  sourceLine={selected.sourceLine}
                  asOf={selected.asOf}
                  label={formatMessage(messages['map.versions.earlier'], { asOf: formatAsOf(selected.asOf) ?? selected.asOf })}
                />
              ) : (
                <Typography variant="pi">{formatMessage(messages['map.preview.empty'])}</Typography>
              )}
            </Grid.Item>
            <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
              <Typography variant="sigma" textColor="neutral600">
                {formatMessage(messages['map.versions.current'], { asOf: formatAsOf(current.asOf) ?? '—' })}
              </Typography>
              {current.map ? (
                <MapPreview
                  map={current.map}
                  extent={extent}
                  sourceLine={current.sourceLine}
                  asOf={current.asOf}
                  label={formatMessage(messages['map.versions.current'], { asOf: formatAsOf(current.asOf) ?? '—' })}
                />
              ) : (
                <Typography variant="pi">{formatMessage(messages['map.preview.empty'])}</Typography>
              )}
            </Grid.Item>
          </Grid.Root>
          {changes && (
            <Flex direction="column" alignItems="stretch" gap={1} aria-live="polite">
              {changes.moved.length + changes.added.length + changes.removed.length === 0 ? (
                <Typography variant="pi">{formatMessage(messages['map.versions.same-lines'])}</Typography>
              ) : (
                <>
                  {changes.moved.length > 0 && (
                    <Typography variant="pi">
                      {formatMessage(messages['map.versions.moved'], { names: changes.moved.join(', ') })}
                    </Typography>
                  )}
                  {changes.added.length > 0 && (
                    <Typography variant="pi">
                      {formatMessage(messages['map.versions.added'], { names: changes.added.join(', ') })}
                    </Typography>
                  )}
                  {changes.removed.length > 0 && (
                    <Typography variant="pi">
                      {formatMessage(messages['map.versions.removed'], { names: changes.removed.join(', ') })}
                    </Typography>
                  )}
                </>
              )}
            </Flex>
          )}
        </>
      )}
    </Flex>
  );
};
