import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ClaimsApi } from '../../../api/claimsTypes';
import { NewClaimDialog } from '../NewClaimDialog';
import { deepState, denialClaim, detailOf, generalStaff, validationError } from './fixtures';
import { renderWithProviders } from '../../common/__tests__/render';

const api = { createClaim: jest.fn() } as unknown as jest.Mocked<ClaimsApi>;
jest.mock('../../../api/claims', () => ({
  ...jest.requireActual('../../../api/errors'),
  useClaimsApi: () => api,
  useErrorMessage: () => (error: Error) => error.message,
}));

beforeEach(() => jest.resetAllMocks());

const renderDialog = (canManageActors: boolean) => {
  const onCreated = jest.fn();
  const onOpenChange = jest.fn();
  renderWithProviders(
    <NewClaimDialog
      open
      onOpenChange={onOpenChange}
      explainer="exppokrovsk"
      explainerTitle="Why the fall of this city would matter"
      actors={[deepState, generalStaff]}
      canManageActors={canManageActors}
      onCreated={onCreated}
    />
  );
  return { onCreated, onOpenChange };
};

const fill = async (user: ReturnType<typeof userEvent.setup>, name: RegExp, text: string) => {
  await user.click(screen.getByRole('textbox', { name }));
  await user.paste(text);
};

test('creates a claim from a new actor for the selected piece', async () => {
  const user = userEvent.setup();
  const created = detailOf(denialClaim({ documentId: 'clmnew' }));
  api.createClaim.mockResolvedValue(created);
  const { onCreated, onOpenChange } = renderDialog(true);

  await fill(user, /Statement/, 'The 155th brigade said it still held the railway station.');
  await user.click(screen.getByRole('radio', { name: 'New actor' }));
  await fill(user, /Actor’s name/, '155th Mechanised Brigade');
  await user.click(screen.getByRole('combobox', { name: /Kind/ }));
  await user.click(await screen.findByRole('option', { name: 'Military unit' }));
  await user.click(screen.getByRole('combobox', { name: /Side/ }));
  await user.click(await screen.findByRole('option', { name: 'Ukraine' }));
  await fill(user, /Internal note/, 'Seen on the brigade’s Telegram');
  await user.click(screen.getByRole('button', { name: 'Add claim' }));

  await waitFor(() => expect(onCreated).toHaveBeenCalledWith(created));
  expect(api.createClaim).toHaveBeenCalledWith({
    explainer: 'exppokrovsk',
    statement: 'The 155th brigade said it still held the railway station.',
    medium: 'statement',
    claimStatus: 'unverified',
    newActor: { name: '155th Mechanised Brigade', kind: 'military-unit', side: 'ukraine' },
    internalNote: 'Seen on the brigade’s Telegram',
  });
  expect(onOpenChange).toHaveBeenCalledWith(false);
});

test('without "Manage actors" only existing actors can be named; the server’s errors show under the fields', async () => {
  const user = userEvent.setup();
  const message = 'claimant or newActor is required: every claim names who made it';
  api.createClaim.mockRejectedValue(validationError('claimant', message));
  const { onCreated } = renderDialog(false);

  expect(screen.queryByRole('radio', { name: 'New actor' })).not.toBeInTheDocument();
  await fill(user, /Statement/, 'A claim without a claimant');
  await user.click(screen.getByRole('button', { name: 'Add claim' }));

  expect(await screen.findByText(message)).toBeInTheDocument();
  expect(api.createClaim).toHaveBeenCalledWith({
    explainer: 'exppokrovsk',
    statement: 'A claim without a claimant',
    medium: 'statement',
    claimStatus: 'unverified',
  });
  expect(onCreated).not.toHaveBeenCalled();
});
