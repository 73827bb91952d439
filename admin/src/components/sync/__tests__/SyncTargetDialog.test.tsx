import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { SyncApi } from '../../../api/sync';
import { TargetDialog } from '../TargetDialog';
import { renderWithProviders } from '../../common/__tests__/render';
import { referenceSite, validationError } from './fixtures';

// Only the fetch layer is mocked: the form talks to the sync API module, which talks to Strapi.
const api = { createTarget: jest.fn(), updateTarget: jest.fn() } as unknown as jest.Mocked<SyncApi>;
jest.mock('../../../api/sync', () => ({
  ...jest.requireActual('../../../api/errors'),
  useSyncApi: () => api,
  useErrorMessage: () => (error: Error) => error.message,
}));

const renderDialog = (target = referenceSite() as ReturnType<typeof referenceSite> | null) => {
  const onSaved = jest.fn();
  const onOpenChange = jest.fn();
  renderWithProviders(<TargetDialog open target={target} onOpenChange={onOpenChange} onSaved={onSaved} />);
  return { onSaved, onOpenChange };
};

const secretInput = () => screen.getByLabelText(/Signing secret/) as HTMLInputElement;

beforeEach(() => jest.resetAllMocks());

test('an existing target’s secret is never shown: the write-only field starts empty', () => {
  renderDialog();

  expect(screen.getByRole('heading', { name: 'Edit “Reference site (development)”' })).toBeInTheDocument();
  expect(secretInput()).toHaveAttribute('type', 'password');
  expect(secretInput()).toHaveValue('');
  expect(screen.getByText('Leave empty to keep the current secret.')).toBeInTheDocument();
  expect(screen.queryByText(/whsec_/)).not.toBeInTheDocument();
  // The other fields show the stored target.
  expect(screen.getByRole('textbox', { name: /Name/ })).toHaveValue('Reference site (development)');
  expect(screen.getByRole('textbox', { name: /Webhook URL/ })).toHaveValue('http://127.0.0.1:3000/webhooks/strapi');
});

test('saving an edit with the secret left empty sends no secret, so the current one is kept', async () => {
  const user = userEvent.setup();
  const saved = { ...referenceSite(), name: 'Reference site' };
  api.updateTarget.mockResolvedValue(saved);
  const { onSaved, onOpenChange } = renderDialog();

  const name = screen.getByRole('textbox', { name: /Name/ });
  await user.clear(name);
  await user.type(name, 'Reference site');
  await user.click(screen.getByRole('button', { name: 'Save' }));

  await waitFor(() => expect(onSaved).toHaveBeenCalledWith(saved, false));
  expect(api.updateTarget).toHaveBeenCalledTimes(1);
  const [id, input] = api.updateTarget.mock.calls[0];
  expect(id).toBe(1);
  expect(input).not.toHaveProperty('secret');
  expect(input).toMatchObject({ name: 'Reference site', url: 'http://127.0.0.1:3000/webhooks/strapi', enabled: true, payloadMode: 'snapshot' });
  expect(onOpenChange).toHaveBeenCalledWith(false);
});

test('a new target: "Generate secret" shows a Standard Webhooks secret once and sends it; the server’s url error shows under the URL', async () => {
  const user = userEvent.setup();
  const serverMessage = 'url must be an absolute http(s) URL';
  api.createTarget.mockRejectedValue(validationError('url', serverMessage));
  const { onSaved } = renderDialog(null);

  expect(screen.getByRole('heading', { name: 'Add a sync target' })).toBeInTheDocument();
  await user.type(screen.getByRole('textbox', { name: /Name/ }), 'Staging');
  await user.type(screen.getByRole('textbox', { name: /Webhook URL/ }), 'ftp://staging.example.com/hook');
  await user.click(screen.getByRole('button', { name: 'Generate secret' }));

  const shown = screen.getByTestId('generated-secret').textContent ?? '';
  expect(shown).toMatch(/^whsec_[A-Za-z0-9+/]+={0,2}$/);
  expect(atob(shown.slice('whsec_'.length))).toHaveLength(32);
  expect(secretInput()).toHaveValue(shown);
  expect(secretInput()).toHaveAttribute('type', 'password');

  await user.click(screen.getByRole('button', { name: 'Save' }));

  expect(await screen.findByText(serverMessage)).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: /Webhook URL/ })).toHaveAttribute('aria-invalid', 'true');
  expect(api.createTarget).toHaveBeenCalledWith(
    expect.objectContaining({ name: 'Staging', url: 'ftp://staging.example.com/hook', secret: shown, enabled: true })
  );
  expect(onSaved).not.toHaveBeenCalled();

  // Each generation is new.
  await user.click(screen.getByRole('button', { name: 'Generate secret' }));
  expect(screen.getByTestId('generated-secret').textContent).not.toBe(shown);
});

test('a bad secret gets the server’s message under the secret field', async () => {
  const user = userEvent.setup();
  const serverMessage = 'secret must be a Standard Webhooks secret (whsec_ + base64 of 24-64 bytes)';
  api.updateTarget.mockRejectedValue(validationError('secret', serverMessage));
  renderDialog();

  await user.type(secretInput(), 'hunter2');
  await user.click(screen.getByRole('button', { name: 'Save' }));

  expect(await screen.findByText(serverMessage)).toBeInTheDocument();
  expect(secretInput()).toHaveAttribute('aria-invalid', 'true');
  expect(api.updateTarget).toHaveBeenCalledWith(1, expect.objectContaining({ secret: 'hunter2' }));
});
