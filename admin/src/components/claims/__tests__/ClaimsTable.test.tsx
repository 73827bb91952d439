import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ClaimsTable } from '../ClaimsTable';
import { cauldronClaim, denialClaim } from './fixtures';
import { renderWithProviders } from '../../common/__tests__/render';

const NOW = new Date('2025-11-07T10:00:00.000Z').getTime();

const renderTable = (overrides: Partial<Parameters<typeof ClaimsTable>[0]> = {}) => {
  const onOpen = jest.fn();
  const onChangeStatus = jest.fn();
  renderWithProviders(
    <ClaimsTable claims={[denialClaim(), cauldronClaim()]} staleHours={48} onOpen={onOpen} onChangeStatus={onChangeStatus} now={NOW} {...overrides} />
  );
  return { onOpen, onChangeStatus };
};

const row = (documentId: string) => within(screen.getByTestId(`claim-row-${documentId}`));

test('renders each claim with its claimant, side, status badge, last verified, links and version', () => {
  renderTable();

  const denial = row('clmdenial');
  expect(denial.getByRole('button', { name: /^Kyiv’s General Staff denied that its forces/ })).toBeInTheDocument();
  expect(denial.getByText('General Staff of the Armed Forces of Ukraine')).toBeInTheDocument();
  expect(denial.getByText('Ukraine')).toBeInTheDocument();
  expect(denial.getByText('unverified').closest('[data-status]')).toHaveAttribute('data-status', 'unverified');
  expect(denial.getByText('never')).toBeInTheDocument();
  expect(denial.getByText('v3')).toBeInTheDocument();
  expect(denial.getByText('1')).toBeInTheDocument(); // one link

  const cauldron = row('clmcauldron');
  expect(cauldron.getByText('Russian Ministry of Defence')).toBeInTheDocument();
  expect(cauldron.getByText('Russia')).toBeInTheDocument();
  expect(cauldron.getByText('disputed').closest('[data-status]')).toHaveAttribute('data-status', 'disputed');
  expect(cauldron.getByText('2 hours ago')).toBeInTheDocument();
  expect(cauldron.getByText('v1')).toBeInTheDocument();
});

test('stale claims and claims changed since the last publish are marked', () => {
  renderTable();

  const denial = row('clmdenial');
  expect(screen.getByTestId('claim-row-clmdenial')).toHaveAttribute('data-stale', 'true');
  expect(denial.getByText('Stale')).toBeInTheDocument();
  expect(denial.getByTitle('Not verified in the last 48 hours')).toBeInTheDocument();
  expect(denial.getByText('Changed since last publish')).toBeInTheDocument();

  const cauldron = row('clmcauldron');
  expect(screen.getByTestId('claim-row-clmcauldron')).not.toHaveAttribute('data-stale');
  expect(cauldron.queryByText('Stale')).not.toBeInTheDocument();
  expect(cauldron.queryByText('Changed since last publish')).not.toBeInTheDocument();
});

test('each row opens the claim and offers a status change', async () => {
  const user = userEvent.setup();
  const { onOpen, onChangeStatus } = renderTable();

  await user.click(row('clmcauldron').getByRole('button', { name: /Open claim: Russia’s defence ministry/ }));
  expect(onOpen).toHaveBeenCalledWith(expect.objectContaining({ documentId: 'clmcauldron' }));

  await user.click(row('clmdenial').getByRole('button', { name: /Change status of: Kyiv’s General Staff/ }));
  expect(onChangeStatus).toHaveBeenCalledWith(expect.objectContaining({ documentId: 'clmdenial', version: 3 }));
});

test('without the change-status permission the table is read-only', () => {
  renderTable({ onChangeStatus: undefined });
  expect(screen.queryByRole('button', { name: /Change status/ })).not.toBeInTheDocument();
});
