import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { NotRestoredItem, RevisionsApi } from '../../../api/types';
import { RestoreDialog } from '../RestoreDialog';
import { renderWithProviders } from '../../common/__tests__/render';

// Only the fetch layer is mocked: the dialog asks the API module what the restore cannot bring back.
const api = { restorePreview: jest.fn() } as unknown as jest.Mocked<RevisionsApi>;
jest.mock('../../../api/revisions', () => ({
  ...jest.requireActual('../../../api/errors'),
  ...jest.requireActual('../../../api/useRequest'),
  useRevisionsApi: () => api,
  useErrorMessage: () => (error: Error) => error.message,
}));

const DENIAL = "Kyiv's General Staff denied that its forces in and around Pokrovsk had been encircled and said…";
const notRestored: NotRestoredItem[] = [
  { kind: 'claim', documentId: 'claim-denial', label: DENIAL, then: 'unverified', now: 'disputed', changed: ['status'], deleted: false },
  { kind: 'claim', documentId: 'claim-gone', label: 'A Telegram channel said the dam was hit.', then: 'unverified', now: null, changed: [], deleted: true },
  { kind: 'map', documentId: 'map-close-up', title: 'Pokrovsk under Russian attack', thenAsOf: '2025-11-05', nowAsOf: '2025-11-07', changed: ['asOf', 'geojson'], deleted: false },
  { kind: 'map', documentId: 'map-roads', title: 'Pokrovsk and the roads to other cities', thenAsOf: '2025-11-05', nowAsOf: '2025-11-05', changed: ['geojson'], deleted: false },
  { kind: 'map', documentId: 'map-gone', title: 'Myrnohrad', thenAsOf: '2025-11-04', nowAsOf: null, changed: [], deleted: true },
  { kind: 'claim', documentId: 'claim-source', label: 'DeepState said the road was cut.', then: 'unverified', now: 'unverified', changed: ['details'], deleted: false },
  { kind: 'map', documentId: 'map-regional', title: 'Western Donetsk', thenAsOf: '2025-11-04', nowAsOf: '2025-11-04', changed: ['details'], deleted: false },
];

const renderDialog = (number: number | null = 1) => {
  const onConfirm = jest.fn();
  const onCancel = jest.fn();
  renderWithProviders(<RestoreDialog documentId="doc-pokrovsk" number={number} restoring={false} onCancel={onCancel} onConfirm={onConfirm} />);
  return { onConfirm, onCancel };
};

const dialog = () => screen.getByRole('alertdialog', { name: 'Restore as draft' });
const confirmButton = () => within(dialog()).getByRole('button', { name: 'Restore as draft' });
/** A list line by its whole text (the line mixes text and a link). */
const line = (text: string) => (_: string, element: Element | null) => element?.tagName === 'LI' && element.textContent === text;

beforeEach(() => jest.resetAllMocks());

test('lists the claims and maps the restore leaves as they are now, before the confirm button', async () => {
  const user = userEvent.setup();
  let answer!: (value: unknown) => void;
  api.restorePreview.mockReturnValue(new Promise((resolve) => (answer = resolve)) as any);
  const { onConfirm } = renderDialog(1);

  // While the server checks, the editor is told so and cannot confirm yet.
  expect(api.restorePreview).toHaveBeenCalledWith('doc-pokrovsk', 1);
  expect(within(dialog()).getByText('Checking which claims and maps have changed since revision 1…')).toBeInTheDocument();
  expect(confirmButton()).toBeDisabled();
  answer({ documentId: 'doc-pokrovsk', number: 1, notRestored });

  const list = await within(dialog()).findByRole('region', {
    name: 'Claims and maps are shared and live. Restoring brings back this revision’s text, blocks and list of claims, but not:',
  });
  // The wording no longer promises a full return to revision 1.
  expect(
    within(dialog()).getByText(
      'The draft of this explainer gets revision 1’s text, blocks and list of claims, replacing the current draft. Nothing is published until you publish an update.'
    )
  ).toBeInTheDocument();
  const items = within(list).getAllByRole('listitem');
  expect(items.map((item) => item.textContent)).toEqual([
    `Claim “${DENIAL}”: unverified in revision 1, disputed now — change it in the Claims desk`,
    'Claim “A Telegram channel said the dam was hit.”: deleted since revision 1 — the restored draft leaves it out',
    'Map “Pokrovsk under Russian attack”: as of Nov 5, 2025 in revision 1, as of Nov 7, 2025 now (and redrawn) — map versions are on the map’s page',
    'Map “Pokrovsk and the roads to other cities”: redrawn since revision 1 (as of Nov 5, 2025 in both) — map versions are on the map’s page',
    'Map “Myrnohrad”: deleted since revision 1 — the restored draft leaves its block out',
    'Claim “DeepState said the road was cut.”: its claimant, medium, source or date changed since revision 1 — change it in the Claims desk',
    'Map “Western Donetsk”: its title, caption, source line or description changed since revision 1 — edit it on the map’s page',
  ]);
  expect(within(items[0]).getByRole('link', { name: 'Claims desk' })).toHaveAttribute(
    'href',
    '/plugins/conflict-explainer/claims?explainer=doc-pokrovsk&claim=claim-denial'
  );
  expect(within(items[2]).getByRole('link', { name: 'map’s page' })).toHaveAttribute(
    'href',
    '/content-manager/collection-types/plugin::conflict-explainer.map/map-close-up'
  );
  // The list comes before the confirm button in the reading order.
  expect(list.compareDocumentPosition(confirmButton()) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

  await waitFor(() => expect(confirmButton()).toBeEnabled());
  await user.click(confirmButton());
  expect(onConfirm).toHaveBeenCalledWith(1);
});

test('a claim reworded since (same status) says so', async () => {
  api.restorePreview.mockResolvedValue({
    documentId: 'doc-pokrovsk',
    number: 3,
    notRestored: [{ kind: 'claim', documentId: 'c', label: 'Russia said it took the station.', then: 'disputed', now: 'disputed', changed: ['statement'], deleted: false }],
  });
  renderDialog(3);
  expect(
    await screen.findByText(line('Claim “Russia said it took the station.”: reworded since revision 3 — change it in the Claims desk'))
  ).toBeInTheDocument();
});

test('when nothing differs, no list is shown and restoring is one click', async () => {
  const user = userEvent.setup();
  api.restorePreview.mockResolvedValue({ documentId: 'doc-pokrovsk', number: 2, notRestored: [] });
  const { onConfirm } = renderDialog(2);

  await waitFor(() => expect(confirmButton()).toBeEnabled());
  expect(within(dialog()).queryByRole('region')).not.toBeInTheDocument();
  expect(within(dialog()).queryByRole('listitem')).not.toBeInTheDocument();
  expect(within(dialog()).queryByText(/Claims and maps are shared and live/)).not.toBeInTheDocument();
  expect(within(dialog()).queryByText(/Checking which claims/)).not.toBeInTheDocument();
  await user.click(confirmButton());
  expect(onConfirm).toHaveBeenCalledWith(2);
});

test('a failed check says so and the limitation, and does not block restoring', async () => {
  const user = userEvent.setup();
  api.restorePreview.mockRejectedValue(new Error('Network error'));
  const { onConfirm } = renderDialog(1);

  const message = await within(dialog()).findByText(/^Could not check/);
  expect(message.closest('[role="alert"]')).toHaveTextContent(
    'Could not check which claims and maps have changed since revision 1 (Network error). Restoring still works, but it does not bring back a claim’s earlier status or a map’s earlier version.'
  );
  expect(confirmButton()).toBeEnabled();
  await user.click(confirmButton());
  expect(onConfirm).toHaveBeenCalledWith(1);
});

test('a closed dialog asks nothing', () => {
  renderDialog(null);
  expect(api.restorePreview).not.toHaveBeenCalled();
  expect(screen.queryByRole('alertdialog')).not.toBeInTheDocument();
});
