import { Box, Button, Field, Flex, Grid, Textarea, Typography } from '@strapi/design-system';
import { Upload, WarningCircle } from '@strapi/icons';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { useMapFormContext } from '../../api/maps';
import { messages } from '../../translations/messages';
import type { CustomFieldInputProps } from '../common/customFieldInputProps';
import type { MapFeatureType } from '../../../../shared/constants';
import { FeatureList } from './FeatureList';
import { featureRowsOf, frameOf, groupIssues, removeFeature, renderableOf, updateFeature } from './geojson';
import { parseGeoJsonText, textOf } from './geojsonText';
import { MapPreview } from './MapPreview';
import { MapVersions } from './MapVersions';
import { useMapValidation } from './useMapValidation';
import { ValidationSummary } from './ValidationSummary';

export { VALIDATE_DELAY_MS, VALIDATE_TIMEOUT_MS } from './useMapValidation';


export interface GeoJsonInputProps extends CustomFieldInputProps {
  value?: unknown;
}

// The design system's Textarea, in a monospace face and tall enough to read a collection.
const MonoTextarea = React.forwardRef<HTMLTextAreaElement, React.ComponentProps<typeof Textarea>>((props, ref) => (
  <Textarea
    ref={ref}
    minHeight="36rem"
    style={{ fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace', fontSize: '1.3rem' }}
    {...props}
  />
));
MonoTextarea.displayName = 'GeoJsonTextarea';

/**
 * The map's GeoJSON: a JSON text area (paste, edit, or upload a .geojson file), the features as an
 * editable list (type, name, remove), the server's own validation as you type with each issue next to
 * its feature, a preview drawn by the site's renderer with legend, source and as-of date, and the
 * earlier versions beside the current one.
 *
 * The form value is the parsed FeatureCollection; while the text does not parse it is the text itself,
 * so the Content Manager refuses to save it ("invalid JSON") instead of saving the last good one.
 */
export const GeoJsonInput = React.forwardRef<HTMLTextAreaElement, GeoJsonInputProps>(
  ({ name, value, onChange, label, labelAction, hint, error, required = false, disabled = false }, ref) => {
    const { formatMessage } = useIntl();
    const form = useMapFormContext(name);
    const hasTitle = typeof form.title === 'string' && form.title.trim() !== '';
    // The map's title names the drawn SVG (its accessible name), as on the site.
    const title = hasTitle ? (form.title as string).trim() : formatMessage(messages['map.preview.title']);

    const [text, setText] = React.useState(() => textOf(value));
    const emitted = React.useRef<unknown>(value);
    // Bumped when the form's value changes from outside (loaded, saved, reset): the versions reload.
    const [externalChanges, setExternalChanges] = React.useState(0);
    React.useEffect(() => {
      if (value === emitted.current) return;
      emitted.current = value;
      setText(textOf(value));
      setExternalChanges((n) => n + 1);
    }, [value]);

    const parsed = React.useMemo(() => parseGeoJsonText(text), [text]);
    const lastGood = React.useRef<unknown>(parsed.ok ? parsed.value : null);
    if (parsed.ok) lastGood.current = parsed.value;
    const shown = parsed.ok ? parsed.value : parsed.empty ? null : lastGood.current;

    const emitText = (next: string) => {
      setText(next);
      const result = parseGeoJsonText(next);
      const nextValue = result.ok ? result.value : result.empty ? null : next;
      emitted.current = nextValue;
      onChange(name, nextValue);
    };
    const emitValue = (next: unknown) => {
      setText(textOf(next));
      emitted.current = next;
      onChange(name, next);
    };

    // The server's validator, a moment after the last edit; a late answer for older text is dropped.
    const check = useMapValidation(text, parsed);

    const result = check.state === 'checked' ? check : check.state === 'checking' ? check.previous : null;
    const grouped = React.useMemo(() => groupIssues(result?.issues ?? []), [result]);
    // Issue indexes only mean something for the text they were found in.
    const flagged = React.useMemo(
      () => (result && result.text === text ? new Set(grouped.byFeature.keys()) : new Set<number>()),
      [grouped, result, text],
    );

    const rows = parsed.ok ? featureRowsOf(parsed.value) : null;
    const frame = frameOf(form.frame);
    const preview = React.useMemo(() => {
      const { map, left } = renderableOf(shown, title, flagged);
      return { map: map && frame ? { ...map, frame } : map, left };
      // eslint-disable-next-line react-hooks/exhaustive-deps
    }, [shown, title, flagged, frame?.join(',')]);

    // Upload a .geojson file: its text replaces the editor's.
    const fileInput = React.useRef<HTMLInputElement>(null);
    const [upload, setUpload] = React.useState<{ ok: boolean; message: string } | null>(null);
    const onFile = (event: React.ChangeEvent<HTMLInputElement>) => {
      const file = event.target.files?.[0];
      event.target.value = '';
      if (!file) return;
      const reader = new FileReader();
      reader.onload = () => {
        emitText(String(reader.result ?? ''));
        setUpload({ ok: true, message: formatMessage(messages['map.upload.loaded'], { file: file.name }) });
      };
      reader.onerror = () =>
        setUpload({
          ok: false,
          message: formatMessage(messages['map.upload.failed'], { file: file.name, message: String(reader.error?.message ?? '') }),
        });
      reader.readAsText(file);
    };

    const jsonError =
      !parsed.ok && !parsed.empty
        ? parsed.line !== null
          ? formatMessage(messages['map.json.parse-error'], { line: parsed.line, column: parsed.column, detail: parsed.detail })
          : formatMessage(messages['map.json.parse-error-no-position'], { detail: parsed.detail })
        : null;

    return (
      <Flex direction="column" alignItems="stretch" gap={4}>
        {/* The field proper (label, hint, text, error); the feature list and versions have their own labels. */}
        <Field.Root name={name} id={name} error={error} hint={hint ?? formatMessage(messages['map.json.hint'])} required={required}>
          <Flex direction="column" alignItems="stretch" gap={4}>
            <Flex direction="column" alignItems="stretch" gap={1}>
              <Field.Label action={labelAction}>{label}</Field.Label>
              <Field.Hint />
            </Flex>

            <Grid.Root gap={4}>
              <Grid.Item col={6} s={12} direction="column" alignItems="stretch" gap={2}>
                {!disabled && (
                  <Flex gap={2} wrap="wrap">
                    <Button variant="secondary" size="S" startIcon={<Upload />} onClick={() => fileInput.current?.click()}>
                      {formatMessage(messages['map.upload'])}
                    </Button>
                    <Button variant="tertiary" size="S" disabled={!parsed.ok} onClick={() => parsed.ok && emitValue(parsed.value)}>
                      {formatMessage(messages['map.json.format'])}
                    </Button>
                    <input
                      ref={fileInput}
                      type="file"
                      accept=".geojson,.json,application/geo+json,application/json"
                      hidden
                      data-testid="geojson-file"
                      aria-label={formatMessage(messages['map.upload'])}
                      onChange={onFile}
                    />
                  </Flex>
                )}
                {upload && (
                  <Typography variant="pi" textColor={upload.ok ? 'neutral600' : 'danger600'} role="status">
                    {upload.message}
                  </Typography>
                )}
                <Box width="100%">
                  <MonoTextarea
                    ref={ref}
                    aria-label={formatMessage(messages['map.json.label'])}
                    value={text}
                    readOnly={disabled}
                    disabled={disabled}
                    spellCheck={false}
                    // No soft wrapping: the line and column of a JSON error are the lines the editor sees.
                    wrap="off"
                    placeholder={formatMessage(messages['map.json.empty'])}
                    hasError={Boolean(jsonError)}
                    onChange={(event: React.ChangeEvent<HTMLTextAreaElement>) => emitText(event.target.value)}
                  />
                </Box>
                {jsonError && (
                  <Flex gap={1} alignItems="flex-start" role="alert">
                    <WarningCircle fill="danger600" aria-hidden />
                    <Typography variant="pi" textColor="danger600" data-testid="geojson-parse-error">
                      {jsonError}
                    </Typography>
                  </Flex>
                )}
                <Field.Error />
              </Grid.Item>

              <Grid.Item col={6} s={12} direction="column" alignItems="stretch" gap={2}>
                <Typography variant="sigma" textColor="neutral600">
                  {formatMessage(messages['map.preview.title'])}
                </Typography>
                {preview.map ? (
                  <MapPreview
                    map={preview.map}
                    sourceLine={form.sourceLine}
                    asOf={form.asOf}
                    label={hasTitle ? formatMessage(messages['map.preview.label'], { title }) : title}
                  />
                ) : (
                  <Typography variant="pi" textColor="neutral600">
                    {formatMessage(messages['map.preview.empty'])}
                  </Typography>
                )}
                {!parsed.ok && !parsed.empty && preview.map && (
                  <Typography variant="pi" textColor="neutral600">
                    {formatMessage(messages['map.preview.stale'])}
                  </Typography>
                )}
                {preview.left > 0 && (
                  <Typography variant="pi" textColor="neutral600">
                    {formatMessage(messages['map.preview.left-out'], { count: preview.left })}
                  </Typography>
                )}
              </Grid.Item>
            </Grid.Root>
          </Flex>
        </Field.Root>

        {/* The server's verdict: a summary, with each feature's issues in the list below. */}
        <ValidationSummary check={check} result={result} grouped={grouped} featureCount={rows?.length ?? 0} />

        <Flex direction="column" alignItems="stretch" gap={2}>
          <Typography variant="sigma" textColor="neutral600">
            {rows ? formatMessage(messages['map.features.title'], { count: rows.length }) : formatMessage(messages['map.features.heading'])}
          </Typography>
          {rows ? (
            <FeatureList
              rows={rows}
              issues={result && result.text === text ? grouped.byFeature : new Map()}
              disabled={disabled}
              onTypeChange={(index, type: MapFeatureType) =>
                emitValue(updateFeature(parsed.ok ? parsed.value : null, index, (p) => ({ ...p, type })))
              }
              onNameChange={(index, featureName) =>
                emitValue(
                  updateFeature(parsed.ok ? parsed.value : null, index, (p) => {
                    const { name: _old, ...rest } = p;
                    return featureName === '' ? rest : { ...p, name: featureName };
                  }),
                )
              }
              onRemove={(index) => emitValue(removeFeature(parsed.ok ? parsed.value : null, index))}
            />
          ) : (
            <Typography variant="pi" textColor="neutral600">
              {formatMessage(
                parsed.ok
                  ? messages['map.features.none']
                  : parsed.empty
                    ? messages['map.json.empty']
                    : messages['map.features.broken-json'],
              )}
            </Typography>
          )}
        </Flex>

        {form.documentId && (
          <MapVersions
            documentId={form.documentId}
            title={title}
            current={{ map: preview.map, sourceLine: form.sourceLine, asOf: form.asOf }}
            reloadKey={String(externalChanges)}
          />
        )}
      </Flex>
    );
  },
);
GeoJsonInput.displayName = 'GeoJsonInput';

export default GeoJsonInput;
