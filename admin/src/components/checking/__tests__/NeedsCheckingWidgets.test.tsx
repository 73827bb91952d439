import { screen, waitFor, within } from '@testing-library/react';
import type { DueClaim, FailingDelivery, NeedsChecking } from '../../../api/needsChecking';
import { renderWithProviders } from '../../common/__tests__/render';
import { DueClaimsList, FailingDeliveriesList, OldMapsList } from '../NeedsCheckingLists';
import { DueClaimsWidget, FailingDeliveriesWidget, OldMapsWidget } from '../NeedsCheckingWidgets';

// Only the fetch layer is mocked: the widgets talk to the needs-checking API module, which talks to Strapi.
const api = { get: jest.fn() };
jest.mock('../../../api/needsChecking', () => ({ useNeedsCheckingApi: () => api }));
jest.mock('../../../api/useErrorMessage', () => ({ useErrorMessage: () => (error: Error) => error.message }));

const dueClaim = (over: Partial<DueClaim> = {}): DueClaim => ({
  documentId: 'claim-1',
  statement: "Kyiv's General Staff denied that its forces in and around Pokrovsk had been encircled.",
  claimStatus: 'disputed',
  lastVerifiedAt: '2026-11-30T08:00:00.000Z',
  dueAt: '2026-11-30T20:00:00.000Z',
  everyHours: 12,
  situation: 'developing',
  explainer: { documentId: 'pokrovsk-doc', title: 'Why the fall of this city would matter' },
  ...over,
});

const deadDelivery = (over: Partial<FailingDelivery> = {}): FailingDelivery => ({
  id: 41,
  state: 'dead',
  kind: 'revision',
  targetId: 1,
  targetName: 'Reference site',
  slug: 'pokrovsk',
  revisionNumber: 3,
  attempts: 9,
  lastError: 'HTTP 503',
  nextAttemptAt: null,
  ...over,
});

const overview = (over: Partial<NeedsChecking> = {}): NeedsChecking => ({
  checkedAt: '2026-12-01T08:00:00.000Z',
  claims: { items: [dueClaim()], total: 1 },
  maps: { items: [{ documentId: 'map-1', title: 'Pokrovsk under Russian attack', asOf: '2025-11-07', ageDays: 389 }], total: 1, maxAgeDays: 7 },
  deliveries: { items: [deadDelivery()], total: 1 },
  ...over,
});

beforeEach(() => jest.resetAllMocks());

describe('What needs checking: claims', () => {
  it('names each due claim with its status, when it fell due and its policy, and links to its claims desk row', () => {
    renderWithProviders(<DueClaimsList section={{ items: [dueClaim(), dueClaim({ documentId: 'claim-2', lastVerifiedAt: null, claimStatus: 'unverified', everyHours: 6, explainer: null })], total: 2 }} />);
    const [first, second] = screen.getAllByRole('listitem');
    const link = within(first).getByRole('link', { name: /Kyiv's General Staff denied/ });
    expect(link.getAttribute('href')).toBe('/plugins/conflict-explainer/claims?claim=claim-1&explainer=pokrovsk-doc');
    expect(within(first).getByText('disputed')).toBeTruthy();
    expect(within(first).getByText(/^Due Nov 30, 2026/)).toBeTruthy();
    expect(within(first).getByText('every 12 h while developing')).toBeTruthy();
    expect(within(second).getByText('never verified')).toBeTruthy();
    expect(within(second).getByRole('link').getAttribute('href')).toBe('/plugins/conflict-explainer/claims?claim=claim-2');
  });

  it('says so when nothing is due, and counts what the list leaves out', () => {
    const { unmount } = renderWithProviders(<DueClaimsList section={{ items: [], total: 0 }} />);
    expect(screen.getByText('No claim is due for re-verification.')).toBeTruthy();
    unmount();
    renderWithProviders(<DueClaimsList section={{ items: [dueClaim()], total: 51 }} />);
    expect(screen.getByText('and 50 more')).toBeTruthy();
  });

  it('loads its own list from the server and shows an error it cannot load', async () => {
    api.get.mockResolvedValueOnce(overview());
    const { unmount } = renderWithProviders(<DueClaimsWidget />);
    expect(await screen.findByRole('link', { name: /General Staff/ })).toBeTruthy();
    expect(api.get).toHaveBeenCalledWith('claims');
    unmount();
    api.get.mockRejectedValueOnce(new Error('Forbidden'));
    renderWithProviders(<DueClaimsWidget />);
    expect(await screen.findByText('Could not load what needs checking: Forbidden')).toBeTruthy();
  });
});

describe('What needs checking: maps and deliveries', () => {
  it('a map older than the limit links to its edit view with its age', () => {
    renderWithProviders(<OldMapsList section={overview().maps!} />);
    const link = screen.getByRole('link', { name: 'Pokrovsk under Russian attack' });
    expect(link.getAttribute('href')).toBe('/content-manager/collection-types/plugin::conflict-explainer.map/map-1');
    expect(screen.getByText('As of Nov 7, 2025: 389 days old')).toBeTruthy();
  });

  it('no old map: says the limit', () => {
    renderWithProviders(<OldMapsList section={{ items: [], total: 0, maxAgeDays: 7 }} />);
    expect(screen.getByText('Every map is dated within the last 7 days.')).toBeTruthy();
  });

  it('a dead or failing delivery links to sync settings showing that state', () => {
    renderWithProviders(
      <FailingDeliveriesList section={{ items: [deadDelivery(), deadDelivery({ id: 42, state: 'pending', kind: 'alert', targetName: 'Desk chat', attempts: 2 })], total: 2 }} />
    );
    const [dead, failing] = screen.getAllByRole('listitem');
    expect(within(dead).getByRole('link', { name: 'Reference site: revision 3 of pokrovsk' }).getAttribute('href')).toBe('/settings/conflict-explainer-sync?state=dead');
    expect(within(dead).getByText('9 attempts · HTTP 503')).toBeTruthy();
    expect(within(failing).getByRole('link', { name: 'Desk chat: an alert' }).getAttribute('href')).toBe('/settings/conflict-explainer-sync?state=pending');
  });

  it('each widget asks for its own list', async () => {
    api.get.mockResolvedValue(overview());
    renderWithProviders(
      <>
        <OldMapsWidget />
        <FailingDeliveriesWidget />
      </>
    );
    await waitFor(() => expect(screen.getByText('Reference site: revision 3 of pokrovsk')).toBeTruthy());
    expect(api.get.mock.calls.map(([list]) => list).sort()).toEqual(['deliveries', 'maps']);
  });
});
