import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import * as React from 'react';
import type { CreditFieldName, CreditValues, ImageMetadata, MediaApi } from '../../../api/media';
import { CreditField } from '../CreditField';
import { renderWithProviders } from '../../common/__tests__/render';

const api = { metadata: jest.fn(), stripLocation: jest.fn(), keepLocation: jest.fn() } as unknown as jest.Mocked<MediaApi>;
jest.mock('../../../api/media', () => ({
  useMediaApi: () => api,
  useErrorMessage: () => (error: Error) => error.message,
}));

const WARNING =
  'This photo records where it was taken (48.28, 37.18). For the safety of people on the ground, strip the location unless you need it.';

const agencyFile = (overrides: Partial<ImageMetadata> = {}): ImageMetadata => ({
  credit: 'Libkos/Getty Images',
  creator: 'Libkos',
  copyrightHolder: 'Getty Images',
  caption: null,
  gps: null,
  locationDecision: 'none',
  locationDecidedBy: null,
  locationDecidedAt: null,
  ...overrides,
});
const fieldPhoto = () => agencyFile({ gps: { latitude: 48.28, longitude: 37.18 }, locationDecision: 'pending' });

/** The field inside a stand-in for the credited image's form: the three text fields, shown beside it. */
const Harness = ({ imageId, initial = {}, onSet }: { imageId: number | null; initial?: Partial<CreditValues>; onSet?: (field: CreditFieldName, value: string | null) => void }) => {
  const [values, setValues] = React.useState<CreditValues>({ credit: null, creator: null, copyrightHolder: null, ...initial });
  return (
    <>
      <CreditField
        name="heroImage.credit"
        label="credit"
        required
        imageId={imageId}
        values={values}
        onValueChange={(field, value) => {
          onSet?.(field, value);
          setValues((previous) => ({ ...previous, [field]: value }));
        }}
      />
      <output data-testid="creator">{values.creator ?? ''}</output>
      <output data-testid="copyrightHolder">{values.copyrightHolder ?? ''}</output>
    </>
  );
};

const creditBox = () => screen.getByRole('textbox', { name: /credit/ }) as HTMLInputElement;

beforeEach(() => jest.resetAllMocks());

test('picking a file with metadata fills the empty fields and leaves what the editor typed', async () => {
  api.metadata.mockResolvedValue(agencyFile());
  const onSet = jest.fn();
  const { rerender } = renderWithProviders(<Harness imageId={null} initial={{ copyrightHolder: 'AP' }} onSet={onSet} />);
  expect(api.metadata).not.toHaveBeenCalled();

  await userEvent.type(creditBox(), 'Our stringer in Pokrovsk');
  onSet.mockClear();
  rerender(<Harness imageId={42} initial={{ copyrightHolder: 'AP' }} onSet={onSet} />);

  expect(await screen.findByText('Prefilled from the file’s metadata: creator.')).toBeInTheDocument();
  expect(api.metadata).toHaveBeenCalledWith(42);
  // Only the empty field was set; the typed credit and the copyright holder are untouched.
  expect(onSet.mock.calls).toEqual([['creator', 'Libkos']]);
  expect(creditBox().value).toBe('Our stringer in Pokrovsk');
  expect(screen.getByTestId('creator')).toHaveTextContent('Libkos');
  expect(screen.getByTestId('copyrightHolder')).toHaveTextContent('AP');
  expect(screen.queryByTestId('credit-location-warning')).not.toBeInTheDocument();
});

test('picking a file into an empty image fills credit, creator and copyright holder', async () => {
  api.metadata.mockResolvedValue(agencyFile());
  const { rerender } = renderWithProviders(<Harness imageId={null} />);
  rerender(<Harness imageId={7} />);
  expect(await screen.findByText('Prefilled from the file’s metadata: credit, creator, and copyright holder.')).toBeInTheDocument();
  expect(creditBox().value).toBe('Libkos/Getty Images');
  expect(screen.getByTestId('creator')).toHaveTextContent('Libkos');
  expect(screen.getByTestId('copyrightHolder')).toHaveTextContent('Getty Images');
});

test('the file the form opened with is not prefilled, but its undecided GPS position still warns', async () => {
  api.metadata.mockResolvedValue(fieldPhoto());
  const onSet = jest.fn();
  renderWithProviders(<Harness imageId={42} onSet={onSet} />);
  expect(await screen.findByTestId('credit-location-warning')).toHaveTextContent(WARNING);
  expect(onSet).not.toHaveBeenCalled();
  expect(screen.queryByText(/Prefilled/)).not.toBeInTheDocument();
});

test('a GPS position warns; Strip location calls the endpoint, the warning goes and the outcome is shown', async () => {
  api.metadata.mockResolvedValue(fieldPhoto());
  let finish: (value: Awaited<ReturnType<MediaApi['stripLocation']>>) => void = () => {};
  api.stripLocation.mockReturnValue(new Promise((resolve) => (finish = resolve)));
  const { rerender } = renderWithProviders(<Harness imageId={null} />);
  rerender(<Harness imageId={42} />);

  const warning = await screen.findByTestId('credit-location-warning');
  expect(warning).toHaveTextContent(WARNING);
  const user = userEvent.setup();
  await user.click(within(warning).getByRole('button', { name: 'Strip location' }));
  expect(api.stripLocation).toHaveBeenCalledWith(42);
  expect(api.keepLocation).not.toHaveBeenCalled();
  // While the request runs, neither choice can be made twice.
  expect(within(warning).getByRole('button', { name: 'Keep location' })).toBeDisabled();

  finish({ id: 42, gps: null, locationDecision: 'stripped', locationDecidedBy: 'Desk Editor', locationDecidedAt: '2025-11-07T10:00:00.000Z' });
  expect(await screen.findByText('Location stripped: the file no longer records where the photo was taken.')).toBeInTheDocument();
  expect(screen.queryByText(WARNING)).not.toBeInTheDocument();
  expect(screen.queryByRole('button', { name: 'Strip location' })).not.toBeInTheDocument();
  // The prefill still happened.
  expect(creditBox().value).toBe('Libkos/Getty Images');
});

test('Keep location calls its endpoint and says the position stays', async () => {
  api.metadata.mockResolvedValue(fieldPhoto());
  api.keepLocation.mockResolvedValue({ id: 42, gps: { latitude: 48.28, longitude: 37.18 }, locationDecision: 'kept', locationDecidedBy: 'Desk Editor', locationDecidedAt: '2025-11-07T10:00:00.000Z' });
  renderWithProviders(<Harness imageId={42} />);
  const user = userEvent.setup();
  await user.click(within(await screen.findByTestId('credit-location-warning')).getByRole('button', { name: 'Keep location' }));
  expect(api.keepLocation).toHaveBeenCalledWith(42);
  expect(await screen.findByText('Location kept: the file still records where the photo was taken (48.28, 37.18).')).toBeInTheDocument();
  expect(screen.queryByTestId('credit-location-warning')).not.toBeInTheDocument();
});

test('a failed strip keeps the warning and says why', async () => {
  api.metadata.mockResolvedValue(fieldPhoto());
  api.stripLocation.mockRejectedValue(new Error('Forbidden'));
  renderWithProviders(<Harness imageId={42} />);
  const user = userEvent.setup();
  await user.click(within(await screen.findByTestId('credit-location-warning')).getByRole('button', { name: 'Strip location' }));
  expect(await screen.findByText('Could not strip the location: Forbidden')).toBeInTheDocument();
  expect(screen.getByText(WARNING)).toBeInTheDocument();
});

test('a position kept earlier is shown with who kept it, and can still be stripped', async () => {
  api.metadata.mockResolvedValue(agencyFile({ gps: { latitude: 48.28, longitude: 37.18 }, locationDecision: 'kept', locationDecidedBy: 'Olena K.' }));
  renderWithProviders(<Harness imageId={42} />);
  expect(await screen.findByText('The file records where the photo was taken (48.28, 37.18); Olena K. chose to keep it.')).toBeInTheDocument();
  expect(screen.queryByTestId('credit-location-warning')).not.toBeInTheDocument();
  expect(screen.getByRole('button', { name: 'Strip location' })).toBeInTheDocument();
});

test('a file without metadata leaves every field alone', async () => {
  api.metadata.mockResolvedValue(agencyFile({ credit: null, creator: null, copyrightHolder: null }));
  const onSet = jest.fn();
  const { rerender } = renderWithProviders(<Harness imageId={null} onSet={onSet} />);
  rerender(<Harness imageId={9} onSet={onSet} />);
  await waitFor(() => expect(screen.getByTestId('credit-metadata')).toBeEmptyDOMElement());
  expect(api.metadata).toHaveBeenCalledWith(9);
  expect(onSet).not.toHaveBeenCalled();
  expect(creditBox().value).toBe('');
  expect(screen.queryByText(/Prefilled/)).not.toBeInTheDocument();
  expect(screen.queryByTestId('credit-location-warning')).not.toBeInTheDocument();
});

test('a failed metadata request shows the error and keeps what was typed', async () => {
  api.metadata.mockRejectedValue(new Error('Request failed with status code 500'));
  const onSet = jest.fn();
  const { rerender } = renderWithProviders(<Harness imageId={null} onSet={onSet} />);
  await userEvent.type(creditBox(), 'Staff photographer');
  onSet.mockClear();
  rerender(<Harness imageId={9} onSet={onSet} />);
  expect(await screen.findByText('Could not read the file’s metadata: Request failed with status code 500')).toBeInTheDocument();
  expect(creditBox().value).toBe('Staff photographer');
  expect(onSet).not.toHaveBeenCalled();
  // The editor can go on typing.
  await userEvent.type(creditBox(), ' / Kyiv');
  expect(creditBox().value).toBe('Staff photographer / Kyiv');
});

test('a late answer for a file that was replaced meanwhile is dropped', async () => {
  let first: (value: ImageMetadata) => void = () => {};
  api.metadata.mockReturnValueOnce(new Promise((resolve) => (first = resolve))).mockResolvedValueOnce(agencyFile({ credit: 'Reuters', creator: null, copyrightHolder: null }));
  const { rerender } = renderWithProviders(<Harness imageId={null} />);
  rerender(<Harness imageId={1} />);
  rerender(<Harness imageId={2} />);
  expect(await screen.findByText('Prefilled from the file’s metadata: credit.')).toBeInTheDocument();
  first(fieldPhoto());
  await new Promise((resolve) => setTimeout(resolve, 0));
  expect(creditBox().value).toBe('Reuters');
  expect(screen.getByTestId('creator')).toHaveTextContent('');
  expect(screen.queryByTestId('credit-location-warning')).not.toBeInTheDocument();
});
