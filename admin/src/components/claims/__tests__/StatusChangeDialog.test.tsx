import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ClaimsApi } from '../../../api/claimsTypes';
import { StatusChangeDialog } from '../StatusChangeDialog';
import { conflictError, denialClaim, detailOf, validationError } from './fixtures';
import { renderWithProviders } from '../../common/__tests__/render';

// Only the fetch layer is mocked: the dialog talks to the API module, which talks to Strapi.
const api = { changeStatus: jest.fn() } as unknown as jest.Mocked<ClaimsApi>;
jest.mock('../../../api/claims', () => ({
  ...jest.requireActual('../../../api/errors'),
  ...jest.requireActual('../../../api/conflict'),
  useClaimsApi: () => api,
  useErrorMessage: () => (error: Error) => error.message,
}));

beforeEach(() => jest.resetAllMocks());

const renderDialog = () => {
  const onChanged = jest.fn();
  const onClose = jest.fn();
  const onDiscarded = jest.fn();
  renderWithProviders(<StatusChangeDialog claim={denialClaim()} onClose={onClose} onChanged={onChanged} onDiscarded={onDiscarded} />);
  return { onChanged, onClose, onDiscarded };
};

test('a change without a reason shows the server’s field error under the reason', async () => {
  const user = userEvent.setup();
  const serverMessage = 'reason is required: say why the status changes';
  api.changeStatus.mockRejectedValue(validationError('reason', serverMessage));
  const { onChanged } = renderDialog();

  // The current status cannot be picked again.
  expect(screen.getByRole('radio', { name: /unverified/ })).toBeDisabled();
  await user.click(screen.getByRole('radio', { name: 'disputed' }));
  await user.click(screen.getByRole('button', { name: 'Change status' }));

  expect(api.changeStatus).toHaveBeenCalledWith('clmdenial', { version: 3, status: 'disputed', reason: '' });
  expect(await screen.findByText(serverMessage)).toBeInTheDocument();
  expect(screen.getByRole('textbox', { name: /Reason/ })).toHaveAttribute('aria-invalid', 'true');
  expect(onChanged).not.toHaveBeenCalled();
});

test('a change sends the version the editor saw, the new status and the reason', async () => {
  const user = userEvent.setup();
  const saved = detailOf(denialClaim({ claimStatus: 'disputed', version: 4 }));
  api.changeStatus.mockResolvedValue(saved);
  const { onChanged } = renderDialog();

  await user.click(screen.getByRole('radio', { name: 'disputed' }));
  await user.type(screen.getByRole('textbox', { name: /Reason/ }), 'DeepState geolocated footage of Russian troops in the centre');
  await user.click(screen.getByRole('button', { name: 'Change status' }));

  await waitFor(() => expect(onChanged).toHaveBeenCalledWith(saved));
  expect(api.changeStatus).toHaveBeenCalledWith('clmdenial', {
    version: 3,
    status: 'disputed',
    reason: 'DeepState geolocated footage of Russian troops in the centre',
  });
});

test('409: shows who changed the claim and both values; "Reapply my change" resends on the current version', async () => {
  const user = userEvent.setup();
  const current = denialClaim({
    version: 4,
    claimStatus: 'denied',
    statement: 'Kyiv’s General Staff denied that its forces had been encircled (updated wording).',
    internalNote: 'Confirmed with the press office',
    lastEditedBy: 'Taras Colleague',
  });
  api.changeStatus.mockRejectedValueOnce(conflictError(current, 'Taras Colleague', 3));
  const saved = detailOf({ ...current, claimStatus: 'disputed', version: 5 });
  api.changeStatus.mockResolvedValueOnce(saved);
  const { onChanged } = renderDialog();

  await user.click(screen.getByRole('radio', { name: 'disputed' }));
  await user.type(screen.getByRole('textbox', { name: /Reason/ }), 'Geolocated footage');
  await user.click(screen.getByRole('button', { name: 'Change status' }));

  const conflict = within(await screen.findByRole('region', { name: 'Someone else changed this claim' }));
  expect(conflict.getByText(/Taras Colleague saved it after you opened it \(your version 3, now version 4\)/)).toBeInTheDocument();
  expect(conflict.getByText('Saved now by Taras Colleague')).toBeInTheDocument();
  // Their values next to the editor's unsaved ones: statement, status, internal note.
  expect(within(screen.getByTestId('conflict-statement-current')).getByText(/updated wording/)).toBeInTheDocument();
  expect(within(screen.getByTestId('conflict-statement-mine')).getByText(/had been encircled\.$/)).toBeInTheDocument();
  expect(within(screen.getByTestId('conflict-claimStatus-current')).getByText('denied')).toBeInTheDocument();
  expect(within(screen.getByTestId('conflict-claimStatus-mine')).getByText('disputed')).toBeInTheDocument();
  expect(within(screen.getByTestId('conflict-internalNote-current')).getByText('Confirmed with the press office')).toBeInTheDocument();
  expect(within(screen.getByTestId('conflict-internalNote-mine')).getByText('Check against DeepState map')).toBeInTheDocument();
  expect(conflict.getByText('Your reason: “Geolocated footage”')).toBeInTheDocument();
  expect(onChanged).not.toHaveBeenCalled();

  await user.click(conflict.getByRole('button', { name: 'Reapply my change' }));

  await waitFor(() => expect(onChanged).toHaveBeenCalledWith(saved));
  expect(api.changeStatus).toHaveBeenLastCalledWith('clmdenial', { version: 4, status: 'disputed', reason: 'Geolocated footage' });
  expect(screen.queryByRole('region', { name: 'Someone else changed this claim' })).not.toBeInTheDocument();
});

test('409: "Discard my change" drops it and hands back the claim as it is now', async () => {
  const user = userEvent.setup();
  const current = denialClaim({ version: 4, claimStatus: 'denied' });
  api.changeStatus.mockRejectedValueOnce(conflictError(current, 'Taras Colleague', 3));
  const { onDiscarded, onClose, onChanged } = renderDialog();

  await user.click(screen.getByRole('radio', { name: 'disputed' }));
  await user.type(screen.getByRole('textbox', { name: /Reason/ }), 'Geolocated footage');
  await user.click(screen.getByRole('button', { name: 'Change status' }));
  await user.click(await screen.findByRole('button', { name: 'Discard my change' }));

  expect(onDiscarded).toHaveBeenCalledWith(current);
  expect(onClose).toHaveBeenCalled();
  expect(onChanged).not.toHaveBeenCalled();
  expect(api.changeStatus).toHaveBeenCalledTimes(1);
});
