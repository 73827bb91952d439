import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../common/__tests__/render';
import { ActivityList } from '../ActivityList';

const at = '2025-11-07T11:00:00.000Z';
const activities = [
  { id: 6, action: 'delivery.dead', revisionNumber: 2, actorName: null, at, detail: { deliveryId: 9, targetName: 'Reference site', attempts: 12 } },
  { id: 5, action: 'delivery.failed', revisionNumber: 2, actorName: null, at, detail: { deliveryId: 9, targetName: 'Reference site', error: 'HTTP 503' } },
  { id: 4, action: 'sync.target.update', revisionNumber: null, actorName: 'Olena Editor', at, detail: { targetName: 'Reference site', changed: ['url', 'secret'] } },
  { id: 3, action: 'revision.publish', revisionNumber: 2, actorName: 'Olena Editor', at, detail: { kind: 'correction', note: 'Corrects the date of the assault' } },
  {
    id: 2,
    action: 'claim.status',
    revisionNumber: null,
    actorName: 'Olena Editor',
    at,
    detail: { claimDocumentId: 'claim-1', statement: 'Kyiv denied the encirclement', from: 'unverified', to: 'disputed', reason: 'Hromadske sources' },
  },
  { id: 1, action: 'revision.restore', revisionNumber: 1, actorName: null, at, detail: null },
];

test('says who did what, when, with a link to where it happened', async () => {
  const user = userEvent.setup();
  const onViewRevision = jest.fn();
  renderWithProviders(<ActivityList explainerDocumentId="doc-pokrovsk" activities={activities} onViewRevision={onViewRevision} />);
  const items = within(screen.getByRole('list', { name: 'Activity' })).getAllByRole('listitem');
  expect(items).toHaveLength(6);

  expect(items[0]).toHaveTextContent('Delivery of revision 2 to Reference site stopped retrying after 12 attempts');
  expect(items[1]).toHaveTextContent('Delivery of revision 2 to Reference site failed (HTTP 503); retrying');
  expect(within(items[1]).getByRole('link', { name: 'Open sync settings' })).toHaveAttribute('href', '/settings/conflict-explainer-sync');
  expect(items[2]).toHaveTextContent('Olena Editor changed the sync target Reference site: url, secret');
  expect(items[3]).toHaveTextContent('Olena Editor published revision 2 (Correction): “Corrects the date of the assault”');
  expect(items[4]).toHaveTextContent('Olena Editor changed “Kyiv denied the encirclement” from unverified to disputed: Hromadske sources');
  const claimLink = within(items[4]).getByRole('link', { name: 'Open in the claims desk' });
  expect(new URL(claimLink.getAttribute('href')!, 'http://admin').searchParams.get('claim')).toBe('claim-1');
  expect(items[5]).toHaveTextContent('unknown restored revision 1 as the draft');
  // The date in the admin's language (react-intl), not a fixed US format.
  expect(items[0]).toHaveTextContent(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(at)));

  await user.click(within(items[3]).getByRole('button', { name: 'View revision 2' }));
  expect(onViewRevision).toHaveBeenCalledWith(2);
});

test('an empty log says so', () => {
  renderWithProviders(<ActivityList explainerDocumentId="doc-pokrovsk" activities={[]} />);
  expect(screen.getByText('No activity recorded yet.')).toBeInTheDocument();
});
