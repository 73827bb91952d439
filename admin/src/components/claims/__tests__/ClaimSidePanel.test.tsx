import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ClaimsApi } from '../../../api/claimsTypes';
import { ClaimSidePanel } from '../ClaimSidePanel';
import { cauldronClaim, conflictError, deepState, denialClaim, detailOf, generalStaff, page, russianMod } from './fixtures';
import { renderWithProviders } from '../../common/__tests__/render';

const api = {
  getClaim: jest.fn(),
  updateClaim: jest.fn(),
  markVerified: jest.fn(),
  unlink: jest.fn(),
  link: jest.fn(),
  listClaims: jest.fn(),
} as unknown as jest.Mocked<ClaimsApi>;
jest.mock('../../../api/claims', () => ({
  ...jest.requireActual('../../../api/errors'),
  ...jest.requireActual('../../../api/conflict'),
  ...jest.requireActual('../../../api/useRequest'),
  useClaimsApi: () => api,
  useErrorMessage: () => (error: Error) => error.message,
}));

const history = [
  { fromStatus: null, toStatus: 'unverified' as const, reason: 'Claim added', changedByName: 'Seed', changedAt: '2025-11-05T09:00:00.000Z' },
  {
    fromStatus: 'unverified' as const,
    toStatus: 'disputed' as const,
    reason: 'DeepState geolocated Russian troops in the centre',
    changedByName: 'Olena Editor',
    changedAt: '2025-11-06T09:00:00.000Z',
  },
];

beforeEach(() => {
  jest.resetAllMocks();
  api.getClaim.mockResolvedValue(detailOf(denialClaim({ claimStatus: 'disputed' }), history));
  api.listClaims.mockResolvedValue(page([denialClaim(), cauldronClaim()]));
});

const renderPanel = (props: Partial<Parameters<typeof ClaimSidePanel>[0]> = {}) => {
  const onChanged = jest.fn();
  const notify = jest.fn();
  renderWithProviders(
    <ClaimSidePanel
      documentId="clmdenial"
      actors={[deepState, generalStaff, russianMod]}
      staleHours={48}
      canEdit
      canChangeStatus
      onClose={jest.fn()}
      onChanged={onChanged}
      notify={notify}
      {...props}
    />
  );
  return { onChanged, notify };
};

test('shows the claim’s details, its internal note, its links and its status history', async () => {
  renderPanel();

  expect(await screen.findByText('“Kyiv’s General Staff denied that its forces in and around Pokrovsk had been encircled.”')).toBeInTheDocument();
  const note = within(screen.getByTestId('claim-internal-note'));
  expect(note.getByText('Internal note')).toBeInTheDocument();
  expect(note.getByText(/Admin only: never published/)).toBeInTheDocument();
  expect(note.getByText('Check against DeepState map')).toBeInTheDocument();

  const contradicts = within(screen.getByTestId('links-contradicts'));
  expect(contradicts.getByText('Contradicts')).toBeInTheDocument();
  expect(contradicts.getByText('Ukrainian units were trapped in “cauldrons”')).toBeInTheDocument();

  const timeline = within(screen.getByTestId('claim-history'));
  const entries = timeline.getAllByRole('listitem');
  expect(entries).toHaveLength(2);
  // Newest first: from → to, the reason, who and when.
  expect(within(entries[0]).getByText('unverified')).toBeInTheDocument();
  expect(within(entries[0]).getByText('disputed')).toBeInTheDocument();
  expect(within(entries[0]).getByText('“DeepState geolocated Russian troops in the centre”')).toBeInTheDocument();
  expect(within(entries[0]).getByText(/^Olena Editor · /)).toBeInTheDocument();
  expect(within(entries[1]).getByText('“Claim added”')).toBeInTheDocument();
});

test('unlinking a "contradicted by" link removes it from the other claim', async () => {
  const user = userEvent.setup();
  api.getClaim.mockResolvedValue(detailOf(cauldronClaim(), []));
  api.unlink.mockResolvedValue(detailOf(denialClaim()));
  const { notify, onChanged } = renderPanel({ documentId: 'clmcauldron' });

  await user.click(await screen.findByRole('button', { name: /Remove the link to: Kyiv’s General Staff/ }));

  expect(api.unlink).toHaveBeenCalledWith('clmdenial', 'contradicts', 'clmcauldron');
  await waitFor(() => expect(notify).toHaveBeenCalledWith('success', 'Link removed.'));
  expect(onChanged).toHaveBeenCalled();
});

test('read-only editors see no edit, verify, status, link or unlink controls', async () => {
  renderPanel({ canEdit: false, canChangeStatus: false });
  await screen.findByTestId('claim-history');
  for (const name of ['Edit', 'Mark re-verified now', 'Change status', 'Link']) {
    expect(screen.queryByRole('button', { name })).not.toBeInTheDocument();
  }
  expect(screen.queryByRole('button', { name: /Remove the link/ })).not.toBeInTheDocument();
  expect(screen.queryByText('Link a claim')).not.toBeInTheDocument();
});

test('an edit saved after someone else’s: the conflict shows both sides, and "Reapply" resends only the edit on the new version', async () => {
  const user = userEvent.setup();
  const loaded = denialClaim();
  api.getClaim.mockResolvedValue(detailOf(loaded, history));
  const current = denialClaim({ version: 4, claimStatus: 'denied', internalNote: 'Press office confirmed', lastEditedBy: 'Taras Colleague' });
  api.updateClaim.mockRejectedValueOnce(conflictError(current, 'Taras Colleague', 3));
  api.updateClaim.mockResolvedValueOnce(detailOf({ ...current, version: 5, internalNote: 'Per General Staff Telegram post' }));
  const { notify } = renderPanel();

  await user.click(await screen.findByRole('button', { name: 'Edit' }));
  const note = screen.getByRole('textbox', { name: /Internal note/ });
  await user.clear(note);
  await user.paste('Per General Staff Telegram post');
  await user.click(screen.getByRole('button', { name: 'Save' }));

  expect(api.updateClaim).toHaveBeenCalledWith('clmdenial', { version: 3, internalNote: 'Per General Staff Telegram post' });
  const conflict = within(await screen.findByRole('region', { name: 'Someone else changed this claim' }));
  expect(conflict.getByText(/Taras Colleague saved it after you opened it/)).toBeInTheDocument();
  expect(within(screen.getByTestId('conflict-internalNote-current')).getByText('Press office confirmed')).toBeInTheDocument();
  expect(within(screen.getByTestId('conflict-internalNote-mine')).getByText('Per General Staff Telegram post')).toBeInTheDocument();
  expect(within(screen.getByTestId('conflict-claimStatus-current')).getByText('denied')).toBeInTheDocument();
  expect(within(screen.getByTestId('conflict-claimStatus-mine')).getByText('unverified')).toBeInTheDocument();
  expect(screen.getByTestId('conflict-internalNote')).toHaveAttribute('data-differs', 'true');

  await user.click(conflict.getByRole('button', { name: 'Reapply my change' }));

  await waitFor(() => expect(notify).toHaveBeenCalledWith('success', 'Claim saved.'));
  expect(api.updateClaim).toHaveBeenLastCalledWith('clmdenial', { version: 4, internalNote: 'Per General Staff Telegram post' });
});
