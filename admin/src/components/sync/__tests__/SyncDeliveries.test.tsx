import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { lightTheme } from '@strapi/design-system';
import type { DeliveriesQuery, SyncApi } from '../../../api/sync';
import { DeliveriesSection } from '../DeliveriesSection';
import { renderWithProviders } from '../../common/__tests__/render';
import { deadDelivery, delivery, referenceSite, staging } from './fixtures';

// Only the fetch layer is mocked: the section talks to the sync API module, which talks to Strapi.
const api = { listDeliveries: jest.fn(), retryDelivery: jest.fn() } as unknown as jest.Mocked<SyncApi>;
jest.mock('../../../api/sync', () => ({
  ...jest.requireActual('../../../api/errors'),
  useRequest: jest.requireActual('../../../api/useRequest').useRequest,
  useSyncApi: () => api,
  useErrorMessage: () => (error: Error) => error.message,
}));

const pendingDelivery = delivery({
  id: 12,
  targetId: 2,
  targetName: 'Staging',
  revisionNumber: 3,
  state: 'pending',
  attempts: 1,
  lastStatus: 503,
  lastError: 'HTTP 503',
  deliveredAt: null,
  nextAttemptAt: '2025-11-07T10:05:00.000Z',
});
const rows = [pendingDelivery, deadDelivery(), delivery()];

const page = (data = rows, total = data.length) => ({ data, meta: { pagination: { page: 1, pageSize: 20, total } } });

beforeEach(() => {
  jest.resetAllMocks();
  api.listDeliveries.mockImplementation(async (query: DeliveriesQuery = {}) => {
    if (query.pageSize === 1 && query.state === 'dead') return page([], 1);
    if (query.pageSize === 1 && query.state === 'pending') return page([], 1);
    return page(query.state ? rows.filter((d) => d.state === query.state) : rows);
  });
});

const renderSection = () => {
  const onNotify = jest.fn();
  renderWithProviders(<DeliveriesSection targets={[referenceSite(), staging()]} refreshMs={0} onNotify={onNotify} />);
  return { onNotify };
};

test('dead deliveries are counted at the top and their rows stand out in red', async () => {
  renderSection();

  const summary = await screen.findByTestId('deliveries-summary');
  expect(within(summary).getByText('1 dead')).toBeInTheDocument();
  expect(within(summary).getByText(/1 pending/)).toBeInTheDocument();

  const dead = await screen.findByRole('row', { name: 'Revision 2 to Staging' });
  expect(dead).toHaveAttribute('data-state', 'dead');
  expect(dead).toHaveStyle({ background: lightTheme.colors.danger100 });
  expect(within(dead).getByText('Dead')).toBeInTheDocument();
  expect(within(dead).getByText('TypeError: fetch failed')).toBeInTheDocument();

  const delivered = screen.getByRole('row', { name: 'Revision 2 to Reference site (development)' });
  expect(delivered).not.toHaveStyle({ background: lightTheme.colors.danger100 });
  expect(within(delivered).getByText('Delivered')).toBeInTheDocument();
  // Delivered ones cannot be retried; dead and pending ones can.
  expect(within(delivered).queryByRole('button', { name: /Retry/ })).not.toBeInTheDocument();
  expect(within(screen.getByRole('row', { name: 'Revision 3 to Staging' })).getByRole('button', { name: /Retry/ })).toBeInTheDocument();
});

test('"Retry now" on a dead delivery calls the API and loads the list again', async () => {
  const user = userEvent.setup();
  api.retryDelivery.mockResolvedValue({ ...deadDelivery(), state: 'pending', attempts: 0 });
  const { onNotify } = renderSection();

  const dead = await screen.findByRole('row', { name: 'Revision 2 to Staging' });
  const callsBefore = api.listDeliveries.mock.calls.length;
  await user.click(within(dead).getByRole('button', { name: 'Retry revision 2 to Staging now' }));

  await waitFor(() => expect(api.retryDelivery).toHaveBeenCalledWith(11));
  await waitFor(() => expect(onNotify).toHaveBeenCalledWith({ type: 'success', message: 'Revision 2 to Staging is queued again.' }));
  await waitFor(() => expect(api.listDeliveries.mock.calls.length).toBeGreaterThan(callsBefore));
});

test('a refused retry is reported', async () => {
  const user = userEvent.setup();
  api.retryDelivery.mockRejectedValue(new Error('Delivery 12 is delivering'));
  const { onNotify } = renderSection();

  const pending = await screen.findByRole('row', { name: 'Revision 3 to Staging' });
  await user.click(within(pending).getByRole('button', { name: 'Retry revision 3 to Staging now' }));

  await waitFor(() => expect(onNotify).toHaveBeenCalledWith({ type: 'danger', message: 'Could not retry: Delivery 12 is delivering' }));
});

test('the attempt log opens under its row: time, status, error and duration of each attempt', async () => {
  const user = userEvent.setup();
  renderSection();

  await user.click(await screen.findByRole('button', { name: 'Show the attempts of revision 2 to Staging' }));

  const log = screen.getByTestId('attempt-log-11');
  expect(within(log).getByText(/msg_2wX8pokrovsk/)).toBeInTheDocument();
  const logRows = within(log).getAllByRole('row').slice(1);
  expect(logRows).toHaveLength(3);
  expect(within(logRows[1]).getByText('503')).toBeInTheDocument();
  expect(within(logRows[1]).getByText('HTTP 503')).toBeInTheDocument();
  expect(within(logRows[1]).getByText('120')).toBeInTheDocument();
  expect(within(logRows[2]).getByText('TypeError: fetch failed')).toBeInTheDocument();

  await user.click(screen.getByRole('button', { name: 'Hide the attempts of revision 2 to Staging' }));
  expect(screen.queryByTestId('attempt-log-11')).not.toBeInTheDocument();
});

test('"Show dead deliveries" filters the list by state', async () => {
  const user = userEvent.setup();
  renderSection();

  await user.click(await screen.findByRole('button', { name: 'Show dead deliveries' }));

  await waitFor(() => expect(api.listDeliveries).toHaveBeenCalledWith(expect.objectContaining({ state: 'dead', page: 1, pageSize: 20 })));
  await waitFor(() => expect(screen.queryByRole('row', { name: 'Revision 2 to Reference site (development)' })).not.toBeInTheDocument());
  expect(screen.getByRole('row', { name: 'Revision 2 to Staging' })).toBeInTheDocument();
});

test('an alert to the alert target reads as an alert, not as revision 0 of a page', async () => {
  const alert = delivery({ id: 77, kind: 'alert', slug: 'alert', revisionNumber: 0, targetName: 'Alerts' });
  api.listDeliveries.mockImplementation(async () => page([alert]));
  renderSection();
  expect(await screen.findByText('Alert (to the alert target)')).toBeInTheDocument();
  expect(screen.queryByText('Revision 0')).toBeNull();
});
