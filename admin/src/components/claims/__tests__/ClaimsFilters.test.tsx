import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ClaimsApi } from '../../../api/claimsTypes';
import { ClaimsDesk } from '../ClaimsDesk';
import { cauldronClaim, deepState, denialClaim, generalStaff, page, russianMod } from './fixtures';
import { renderWithProviders } from '../../common/__tests__/render';

// Only the fetch layer is mocked: the desk talks to the API module, which talks to Strapi.
const api = { listClaims: jest.fn(), listActors: jest.fn(), getClaim: jest.fn() } as unknown as jest.Mocked<ClaimsApi>;
jest.mock('../../../api/claims', () => ({
  ...jest.requireActual('../../../api/errors'),
  ...jest.requireActual('../../../api/conflict'),
  ...jest.requireActual('../../../api/useRequest'),
  useClaimsApi: () => api,
  useErrorMessage: () => (error: Error) => error.message,
}));

const explainers = [
  { documentId: 'expkostiantynivka', title: 'Kostiantynivka: the next city in line', slug: 'kostiantynivka', status: 'draft' as const, updatedAt: '2025-11-07T09:00:00.000Z', latestRevision: null, editions: [] },
  { documentId: 'exppokrovsk', title: 'Why the fall of this city would matter to Ukraine and Russia', slug: 'pokrovsk', status: 'published' as const, updatedAt: '2025-11-06T09:00:00.000Z', latestRevision: 1, editions: [] },
];

const BASE = { sort: 'updatedAt:desc', page: 1, pageSize: 25 };

beforeEach(() => {
  jest.resetAllMocks();
  api.listClaims.mockResolvedValue(page([denialClaim(), cauldronClaim()]));
  api.listActors.mockResolvedValue([deepState, generalStaff, russianMod]);
});

const renderDesk = () =>
  renderWithProviders(<ClaimsDesk explainers={explainers} canEdit canChangeStatus canManageActors={false} notify={jest.fn()} />);

const loaded = () => screen.findByText('Kyiv’s General Staff denied that its forces in and around Pokrovsk had been encircled.');

const lastQuery = () => api.listClaims.mock.calls[api.listClaims.mock.calls.length - 1][0];

/** Opens a design-system select by its label and picks options by name. */
const pick = async (user: ReturnType<typeof userEvent.setup>, label: string | RegExp, ...options: string[]) => {
  await user.click(screen.getByRole('combobox', { name: label }));
  for (const option of options) await user.click(await screen.findByRole('option', { name: option }));
  await user.keyboard('{Escape}');
};

test('lists the default piece (no explainer param) and shows it selected in the picker', async () => {
  renderDesk();
  await loaded();
  expect(screen.getByTestId('claims-summary')).toHaveTextContent('2 claims · changes are compared with published revision 3');
  expect(api.listClaims).toHaveBeenCalledTimes(1);
  expect(api.listClaims).toHaveBeenCalledWith(BASE);
  expect(screen.getByRole('combobox', { name: 'Explainer' })).toHaveTextContent('Why the fall of this city would matter to Ukraine and Russia');
});

test('the stale and changed-since-publish toggles filter with the desk’s stale window', async () => {
  const user = userEvent.setup();
  renderDesk();
  await loaded();

  await user.click(screen.getByRole('checkbox', { name: 'Stale only (not verified in 48 h)' }));
  await waitFor(() => expect(lastQuery()).toEqual({ ...BASE, staleHours: 48 }));

  await user.click(screen.getByRole('checkbox', { name: 'Changed since last publish' }));
  await waitFor(() => expect(lastQuery()).toEqual({ ...BASE, staleHours: 48, changedSincePublish: true }));
});

test('statuses, side and claimant go into the query', async () => {
  const user = userEvent.setup();
  renderDesk();
  await loaded();

  await pick(user, 'Status', 'disputed', 'denied');
  await waitFor(() => expect(lastQuery()).toEqual({ ...BASE, status: ['disputed', 'denied'] }));

  await pick(user, 'Claimant’s side', 'Russia');
  await waitFor(() => expect(lastQuery()).toEqual({ ...BASE, status: ['disputed', 'denied'], side: 'russia' }));

  await pick(user, 'Claimant', 'Russian Ministry of Defence');
  await waitFor(() => expect(lastQuery()).toEqual({ ...BASE, status: ['disputed', 'denied'], side: 'russia', actor: 'actrumod' }));

  await user.click(screen.getByRole('button', { name: 'Reset filters' }));
  await waitFor(() => expect(lastQuery()).toEqual(BASE));
});

test('the search is debounced; picking another piece and sorting change the query; pages move', async () => {
  const user = userEvent.setup();
  renderDesk();
  await loaded();
  const calls = api.listClaims.mock.calls.length;

  await user.type(screen.getByRole('searchbox', { name: /Search statements/ }), 'cauldrons');
  await waitFor(() => expect(lastQuery()).toEqual({ ...BASE, search: 'cauldrons' }));
  // One request for the whole word, not one per keystroke.
  expect(api.listClaims.mock.calls.length).toBe(calls + 1);

  await pick(user, 'Sort by', 'Last verified, longest ago first');
  await waitFor(() => expect(lastQuery()).toEqual({ ...BASE, search: 'cauldrons', sort: 'lastVerifiedAt:asc' }));

  await pick(user, 'Explainer', 'Kostiantynivka: the next city in line');
  await waitFor(() =>
    expect(lastQuery()).toEqual({ ...BASE, search: 'cauldrons', sort: 'lastVerifiedAt:asc', explainer: 'expkostiantynivka' })
  );

  api.listClaims.mockResolvedValue(page([denialClaim()], { pagination: { page: 1, pageSize: 25, total: 60, pageCount: 3 } }));
  await user.click(screen.getByRole('button', { name: 'Reset filters' }));
  expect(await screen.findByText('Page 1 of 3')).toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Next' }));
  await waitFor(() => expect(lastQuery()).toEqual({ ...BASE, sort: 'lastVerifiedAt:asc', explainer: 'expkostiantynivka', page: 2 }));
});
