import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import type { MapFormContext, MapsApi } from '../../../api/maps';
import { GeoJsonInput, VALIDATE_DELAY_MS, VALIDATE_TIMEOUT_MS } from '../GeoJsonInput';
import { renderWithProviders } from '../../common/__tests__/render';

const api = { validate: jest.fn(), listVersions: jest.fn() } as unknown as jest.Mocked<MapsApi>;
const formContext: MapFormContext = {
  documentId: null,
  title: 'Pokrovsk under Russian attack',
  sourceLine: 'Source: ISW, DeepState',
  asOf: '2025-11-05',
  frame: null,
};
jest.mock('../../../api/maps', () => ({
  useMapsApi: () => api,
  useErrorMessage: () => (error: Error) => error.message,
  useMapFormContext: () => formContext,
}));

const ALLOWED =
  'must be one of control-russian, control-ukrainian, control-contested, front-line, road, rail, settlement, river, border, label';

const feature = (type: string, name: string, geometry: object) => ({ type: 'Feature', properties: { type, name }, geometry });
const pokrovsk = (
  frontLine: number[][] = [
    [37.05, 48.22],
    [37.2, 48.26],
    [37.4, 48.29],
  ],
) => ({
  type: 'FeatureCollection',
  features: [
    feature('control-russian', 'Russian-held area', {
      type: 'Polygon',
      coordinates: [
        [
          [37.05, 48.12],
          [37.4, 48.12],
          [37.4, 48.29],
          [37.05, 48.22],
          [37.05, 48.12],
        ],
      ],
    }),
    feature('control-ukrainian', 'Ukrainian-held area', {
      type: 'Polygon',
      coordinates: [
        [
          [37.05, 48.22],
          [37.4, 48.29],
          [37.4, 48.4],
          [37.05, 48.4],
          [37.05, 48.22],
        ],
      ],
    }),
    feature('front-line', 'Front line (approximate)', { type: 'LineString', coordinates: frontLine }),
    feature('road', 'E50', {
      type: 'LineString',
      coordinates: [
        [37.0, 48.3],
        [37.3, 48.28],
      ],
    }),
    feature('settlement', 'Pokrovsk', { type: 'Point', coordinates: [37.18, 48.28] }),
    feature('label', 'Donetsk region', { type: 'Point', coordinates: [37.3, 48.35] }),
  ],
});

/** The input inside a stand-in for Strapi's form: `onChange(name, value)` sets the field's value. */
const Harness = ({ initial = null, onValue }: { initial?: unknown; onValue?: (value: unknown) => void }) => {
  const [value, setValue] = React.useState<unknown>(initial);
  return (
    <GeoJsonInput
      name="geojson"
      label="Geojson"
      required
      value={value}
      onChange={(name, next) => {
        expect(name).toBe('geojson');
        setValue(next);
        onValue?.(next);
      }}
    />
  );
};

beforeEach(() => {
  jest.resetAllMocks();
  formContext.documentId = null;
});

test('an uploaded valid .geojson file is checked by the server and previewed with a legend entry per type and no error', async () => {
  api.validate.mockResolvedValue({ valid: true, issues: [], normalized: pokrovsk() });
  const onValue = jest.fn();
  renderWithProviders(<Harness onValue={onValue} />);
  expect(screen.getByText('Nothing to preview yet.')).toBeInTheDocument();

  const file = new File([JSON.stringify(pokrovsk())], 'pokrovsk-close-up.geojson', { type: 'application/geo+json' });
  await userEvent.upload(screen.getByTestId('geojson-file'), file);

  expect(await screen.findByText('Loaded pokrovsk-close-up.geojson.')).toBeInTheDocument();
  // The form gets the parsed collection; the server's validator gets it too.
  expect(onValue).toHaveBeenLastCalledWith(pokrovsk());
  expect(await screen.findByText('The server accepts this map (6 features).')).toBeInTheDocument();
  expect(api.validate).toHaveBeenCalledTimes(1);
  expect(api.validate).toHaveBeenCalledWith(pokrovsk(), { signal: expect.any(AbortSignal) });

  // The preview: the shared renderer's SVG, every feature drawn.
  const preview = screen.getByRole('figure', { name: 'Preview of Pokrovsk under Russian attack' });
  const svg = within(preview).getByTestId('map-preview-svg').querySelector('svg')!;
  expect(svg).toHaveAttribute('aria-label', 'Pokrovsk under Russian attack');
  for (const type of ['control-russian', 'control-ukrainian', 'front-line', 'road', 'settlement', 'label']) {
    expect(svg.querySelector(`[data-type="${type}"]`)).not.toBeNull();
  }
  // The legend: one entry per feature type (labels are not in a legend), then source and as-of.
  const legend = within(preview).getByRole('list', { name: 'Legend' });
  expect(
    within(legend)
      .getAllByRole('listitem')
      .map((item) => item.textContent),
  ).toEqual(['Russian-held', 'Ukrainian-held', 'Road', 'Front line', 'Settlement']);
  expect(within(preview).getByText('Source: ISW, DeepState · As of November 5, 2025')).toBeInTheDocument();

  // The feature list, with no problems anywhere.
  expect(screen.getByText('Features (6)')).toBeInTheDocument();
  expect(screen.getByRole('listitem', { name: 'Feature #5' })).toHaveTextContent('Geometry: Point');
  expect(screen.queryByTestId('geojson-parse-error')).not.toBeInTheDocument();
  expect(screen.queryByText(/does not parse/)).not.toBeInTheDocument();
  expect(screen.queryByText(/problems? to fix/)).not.toBeInTheDocument();
});

test('a server that never answers the check: the field says so after a while instead of checking forever', async () => {
  jest.useFakeTimers();
  try {
    api.validate.mockReturnValue(new Promise(() => undefined));
    renderWithProviders(<Harness onValue={jest.fn()} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'GeoJSON text' }), { target: { value: JSON.stringify(pokrovsk()) } });
    act(() => {
      jest.advanceTimersByTime(VALIDATE_DELAY_MS);
    });
    expect(screen.getByText('Checking the map with the server…')).toBeInTheDocument();
    act(() => {
      jest.advanceTimersByTime(VALIDATE_TIMEOUT_MS);
    });
    expect(
      screen.getByText('Could not check the map with the server: the server did not answer within 15 s. Edit the map to try again.'),
    ).toBeInTheDocument();
    // The request itself is given up, not left open.
    expect(api.validate.mock.calls[0][1]?.signal?.aborted).toBe(true);
  } finally {
    jest.useRealTimers();
  }
});

test("an invalid map: the server's issue is shown next to its feature, and a broken paste shows where the JSON breaks", async () => {
  const castle = pokrovsk();
  castle.features[2] = feature('castle', 'Old fort', { type: 'Point', coordinates: [37.1, 48.3] });
  api.validate.mockResolvedValue({
    valid: false,
    issues: [{ path: ['geojson', 'features', 2, 'properties', 'type'], message: ALLOWED }],
    normalized: null,
  });
  const onValue = jest.fn();
  renderWithProviders(<Harness initial={castle} onValue={onValue} />);

  // Next to feature #3 (index 2 in the server's path), and in the summary.
  const third = screen.getByRole('listitem', { name: 'Feature #3' });
  expect(await within(third).findByText(`properties.type: ${ALLOWED}`)).toBeInTheDocument();
  expect(within(third).getByText('Unknown: “castle”')).toBeInTheDocument();
  expect(screen.getByText('1 problem to fix before the map can be saved:')).toBeInTheDocument();
  expect(screen.getByText(`Feature #3, properties.type: ${ALLOWED}`)).toBeInTheDocument();
  for (const number of [1, 2, 4, 5, 6]) {
    expect(within(screen.getByRole('listitem', { name: `Feature #${number}` })).queryByText(/properties\.type/)).not.toBeInTheDocument();
  }
  // The flagged feature is left out of the preview; the rest is drawn.
  expect(screen.getByText('1 feature with a problem is left out of the preview.')).toBeInTheDocument();
  expect(screen.getByTestId('map-preview-svg').querySelector('svg')).not.toBeNull();
  expect(api.validate).toHaveBeenCalledWith(castle, { signal: expect.any(AbortSignal) });

  // A broken paste: the position (line 4, column 25: a missing comma) and the engine's words.
  api.validate.mockClear();
  const broken = '{\n  "type": "FeatureCollection",\n  "features": [\n    { "type": "Feature" "properties": {} }\n  ]\n}';
  fireEvent.change(screen.getByRole('textbox', { name: 'GeoJSON text' }), { target: { value: broken } });
  expect(screen.getByTestId('geojson-parse-error')).toHaveTextContent(/^The JSON does not parse at line 4, column 25: .+/);
  expect(screen.getByTestId('geojson-parse-error')).not.toHaveTextContent(/position/);
  expect(screen.getByTestId('geojson-parse-error').closest('[role="alert"]')).not.toBeNull();
  // The form holds the text (so Strapi refuses to save invalid JSON), the list waits for a fix,
  // the preview keeps the last JSON that parsed, and nothing is sent to the server.
  expect(onValue).toHaveBeenLastCalledWith(broken);
  expect(screen.getByText('Fix the JSON to edit the features here.')).toBeInTheDocument();
  expect(screen.getByText('Features')).toBeInTheDocument();
  expect(screen.getByText('The preview shows the last JSON that parsed.')).toBeInTheDocument();
  await act(() => new Promise((resolve) => setTimeout(resolve, 600)));
  expect(api.validate).not.toHaveBeenCalled();
});

test('fixing a type in the feature list rewrites the JSON and the server accepts it', async () => {
  const castle = pokrovsk();
  castle.features[2] = feature('castle', 'Old fort', { type: 'Point', coordinates: [37.1, 48.3] });
  api.validate.mockImplementation(async (value: any) =>
    value.features[2].properties.type === 'castle'
      ? { valid: false, issues: [{ path: ['geojson', 'features', 2, 'properties', 'type'], message: ALLOWED }], normalized: null }
      : { valid: true, issues: [], normalized: value },
  );
  const onValue = jest.fn();
  renderWithProviders(<Harness initial={castle} onValue={onValue} />);
  await within(screen.getByRole('listitem', { name: 'Feature #3' })).findByText(`properties.type: ${ALLOWED}`);

  const user = userEvent.setup();
  await user.click(screen.getByRole('combobox', { name: 'Type of feature #3' }));
  await user.click(await screen.findByRole('option', { name: 'Settlement (settlement)' }));

  const fixed = onValue.mock.lastCall![0];
  expect(fixed.features[2]).toEqual(feature('settlement', 'Old fort', { type: 'Point', coordinates: [37.1, 48.3] }));
  const text = (screen.getByRole('textbox', { name: 'GeoJSON text' }) as HTMLTextAreaElement).value;
  expect(text).toContain('"type": "settlement"');
  expect(text).toContain('"coordinates": [37.1, 48.3]');
  expect(await screen.findByText('The server accepts this map (6 features).')).toBeInTheDocument();
  expect(screen.queryByText(/properties\.type: must be/)).not.toBeInTheDocument();

  // Rename and remove without touching the JSON.
  fireEvent.change(screen.getByRole('textbox', { name: 'Name of feature #3' }), { target: { value: 'Rodynske' } });
  expect(onValue.mock.lastCall![0].features[2].properties.name).toBe('Rodynske');
  await user.click(screen.getByRole('button', { name: 'Remove feature #6' }));
  expect(onValue.mock.lastCall![0].features).toHaveLength(5);
  expect(screen.getByText('Features (5)')).toBeInTheDocument();
});

test('versions: an earlier as-of version is drawn beside the current one over the same extent', async () => {
  formContext.documentId = 'map-doc';
  api.validate.mockResolvedValue({ valid: true, issues: [], normalized: pokrovsk() });
  const earlier = pokrovsk([
    [37.05, 48.2],
    [37.2, 48.23],
    [37.45, 48.25],
  ]);
  // A feature further east than any current one: the shared extent must hold it on both sides.
  earlier.features.push(feature('settlement', 'Myrnohrad', { type: 'Point', coordinates: [37.6, 48.3] }));
  api.listVersions.mockResolvedValue([
    {
      id: 7,
      asOf: '2025-11-01',
      sourceLine: 'Source: ISW',
      geojson: earlier,
      replacedAt: '2025-11-05T10:00:00.000Z',
      replacedBy: 'Editor',
    },
  ]);
  renderWithProviders(<Harness initial={pokrovsk()} />);

  const user = userEvent.setup();
  await user.click(screen.getByRole('button', { name: 'Versions' }));
  expect(api.listVersions).toHaveBeenCalledWith('map-doc');

  const before = await screen.findByRole('figure', { name: 'Earlier: as of November 1, 2025' });
  const after = screen.getByRole('figure', { name: 'Now: as of November 5, 2025 (this form)' });
  expect(within(before).getByText('Source: ISW · As of November 1, 2025')).toBeInTheDocument();
  expect(within(after).getByText('Source: ISW, DeepState · As of November 5, 2025')).toBeInTheDocument();

  // Same extent: the Russian-held polygon, unchanged between versions, is drawn at the same place.
  const path = (figure: HTMLElement) => figure.querySelector('[data-type="control-russian"]')!.getAttribute('d');
  expect(path(before)).toBe(path(after));
  // …and that place differs from the lone preview's, whose extent has no Myrnohrad.
  const lone = screen.getByRole('figure', { name: 'Preview of Pokrovsk under Russian attack' });
  expect(path(lone)).not.toBe(path(after));

  expect(screen.getByText('Moved or reshaped: Front line (approximate)')).toBeInTheDocument();
  expect(screen.getByText('Removed: Myrnohrad')).toBeInTheDocument();
  await waitFor(() => expect(screen.getByRole('button', { name: 'Hide versions' })).toBeInTheDocument());
});
