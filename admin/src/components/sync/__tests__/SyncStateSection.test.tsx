import { screen, within } from '@testing-library/react';
import { lightTheme } from '@strapi/design-system';
import type { SyncApi } from '../../../api/sync';
import { SyncStateSection } from '../SyncStateSection';
import { renderWithProviders } from '../../common/__tests__/render';
import { deadDelivery, delivery } from './fixtures';

// Only the fetch layer is mocked: the section talks to the sync API module, which talks to Strapi.
const api = { getSyncState: jest.fn() } as unknown as jest.Mocked<SyncApi>;
jest.mock('../../../api/sync', () => ({
  ...jest.requireActual('../../../api/errors'),
  useRequest: jest.requireActual('../../../api/useRequest').useRequest,
  useSyncApi: () => api,
  useErrorMessage: () => (error: Error) => error.message,
}));

const SETTINGS = '/settings/conflict-explainer-sync';

beforeEach(() => jest.resetAllMocks());

const items = async () => {
  const section = await screen.findByTestId('sync-state');
  await within(section).findAllByRole('listitem');
  return within(section).getAllByRole('listitem');
};

test('per target, the latest revision’s delivery: delivered with a tick, pending with attempts and next try, dead in red with a link', async () => {
  // Newest first, as the server sends them: revision 3 to three targets, then revision 2.
  api.getSyncState.mockResolvedValue([
    delivery({ id: 21, revisionNumber: 3, deliveredAt: '2025-11-07T10:00:01.000Z' }),
    deadDelivery({ id: 22, revisionNumber: 3, attempts: 3 }),
    delivery({
      id: 23,
      revisionNumber: 3,
      targetId: 4,
      targetName: 'Apps feed',
      state: 'pending',
      attempts: 2,
      lastStatus: 502,
      lastError: 'HTTP 502',
      deliveredAt: null,
      nextAttemptAt: '2025-11-07T10:01:00.000Z',
    }),
    delivery({ id: 11, revisionNumber: 2 }),
    delivery({ id: 12, revisionNumber: 2, targetId: 2, targetName: 'Staging' }),
  ]);
  renderWithProviders(<SyncStateSection documentId="doc-pokrovsk" settingsLink={SETTINGS} refreshMs={0} />);

  expect(screen.getByText('Site sync')).toBeInTheDocument();
  const list = await items();
  expect(list).toHaveLength(3);
  expect(api.getSyncState).toHaveBeenCalledWith('doc-pokrovsk', undefined);

  const [apps, reference, stagingItem] = list;
  expect(within(apps).getByText('Apps feed')).toBeInTheDocument();
  expect(within(apps).getByText(/Pending · 2 failed attempts · next try/)).toBeInTheDocument();
  expect(within(apps).getByText('HTTP 502')).toBeInTheDocument();

  expect(within(reference).getByText('Reference site (development)')).toBeInTheDocument();
  expect(within(reference).getByText(/^Delivered /)).toBeInTheDocument();
  expect(within(reference).queryByRole('link')).not.toBeInTheDocument();

  const dead = within(stagingItem);
  expect(dead.getByText('Not delivered: dead after 3 attempts')).toBeInTheDocument();
  expect(stagingItem.querySelector('[data-state="dead"]')).toHaveStyle({ background: lightTheme.colors.danger100 });
  expect(dead.getByText('TypeError: fetch failed')).toBeInTheDocument();
  expect(dead.getByRole('link', { name: /Open sync settings/ })).toHaveAttribute('href', SETTINGS);
});

test('an edition’s panel asks for that edition’s deliveries (each edition is its own stream)', async () => {
  api.getSyncState.mockResolvedValue([delivery({ id: 31, revisionNumber: 1, locale: 'uk' })]);
  renderWithProviders(<SyncStateSection documentId="doc-pokrovsk" locale="uk" refreshMs={0} />);
  expect(await items()).toHaveLength(1);
  expect(api.getSyncState).toHaveBeenCalledWith('doc-pokrovsk', 'uk');
});

test('a target that did not get the newest revision shows which revision it last had', async () => {
  api.getSyncState.mockResolvedValue([delivery({ id: 21, revisionNumber: 3 }), delivery({ id: 12, revisionNumber: 2, targetId: 2, targetName: 'Staging' })]);
  renderWithProviders(<SyncStateSection documentId="doc-pokrovsk" refreshMs={0} />);

  const [reference, stagingItem] = await items();
  expect(within(reference).queryByText(/revision/)).not.toBeInTheDocument();
  expect(within(stagingItem).getByText('(revision 2)')).toBeInTheDocument();
});

test('without the sync permission a dead delivery has no settings link; nothing sent yet says so', async () => {
  api.getSyncState.mockResolvedValueOnce([deadDelivery()]);
  const { unmount } = renderWithProviders(<SyncStateSection documentId="doc-pokrovsk" refreshMs={0} />);
  const [dead] = await items();
  expect(within(dead).getByText(/dead after 3 attempts/)).toBeInTheDocument();
  expect(within(dead).queryByRole('link')).not.toBeInTheDocument();
  unmount();

  api.getSyncState.mockResolvedValueOnce([]);
  renderWithProviders(<SyncStateSection documentId="doc-pokrovsk" refreshMs={0} />);
  expect(await screen.findByText('Not sent to any site yet.')).toBeInTheDocument();
});

test('a failed load is shown in the panel', async () => {
  api.getSyncState.mockRejectedValue(new Error('Forbidden'));
  renderWithProviders(<SyncStateSection documentId="doc-pokrovsk" refreshMs={0} />);
  expect(await screen.findByText('Could not load the sync state: Forbidden')).toBeInTheDocument();
});
