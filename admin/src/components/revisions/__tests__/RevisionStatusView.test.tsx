import { screen, within } from '@testing-library/react';
import { RevisionStatusView, restoredSinceLatest } from '../RevisionStatusView';
import { statusWithPendingChanges } from './fixtures';
import { renderWithProviders } from '../../common/__tests__/render';

const renderView = (overrides: Partial<Parameters<typeof RevisionStatusView>[0]> = {}) =>
  renderWithProviders(
    <RevisionStatusView status={statusWithPendingChanges()} canPublish revisionsLink="/plugins/conflict-explainer/revisions/doc-pokrovsk" {...overrides} />
  );

test('shows the current revision and what the draft changes since it', () => {
  renderView();

  expect(screen.getByText('Revision 3')).toBeInTheDocument();
  expect(screen.getByText(/Published .* by Olena Editor/)).toBeInTheDocument();
  expect(screen.getByText('“Updated 7 Nov: adds Russian claim of encirclement”')).toBeInTheDocument();
  expect(screen.getByText('Unpublished changes')).toBeInTheDocument();
  expect(screen.getByText('Changes since revision 3:')).toBeInTheDocument();

  const summary = within(screen.getByTestId('change-summary'));
  expect(summary.getByText('Fields changed')).toBeInTheDocument();
  expect(summary.getByText('Standfirst')).toBeInTheDocument();
  expect(summary.getByText('Sections edited')).toBeInTheDocument();
  expect(summary.getByText('Why does Pokrovsk matter?')).toBeInTheDocument();
  expect(summary.getByText('Sections added')).toBeInTheDocument();
  expect(summary.getByText('What happens next?')).toBeInTheDocument();
  expect(summary.getByText('Claim status changes')).toBeInTheDocument();
  expect(summary.getByText(/Ukrainian units in Pokrovsk are encircled/)).toBeInTheDocument();
  expect(summary.getByText('disputed → denied')).toBeInTheDocument();
  expect(summary.getByText('Who controls Pokrovsk, as of 2025-11-07')).toBeInTheDocument();
  expect(summary.getByText('2 images changed')).toBeInTheDocument();
  expect(summary.queryByText('Sections removed')).not.toBeInTheDocument();

  expect(screen.getByRole('link', { name: /All revisions/ })).toHaveAttribute('href', '/plugins/conflict-explainer/revisions/doc-pokrovsk');
});

test('one way to publish: the panel points to the edit view’s Publish and has no button of its own', () => {
  renderView();
  expect(screen.getByText(/Publish with “Publish” above: you choose update, correction or clarification/)).toBeInTheDocument();
  expect(screen.queryByRole('button', { name: /Publish/ })).not.toBeInTheDocument();
});

test('without the publish permission the panel says nothing about publishing', () => {
  renderView({ canPublish: false });
  expect(screen.queryByText(/Publish with/)).not.toBeInTheDocument();
});

test('a draft matching its revision says there is nothing to publish; the published tab says where to publish', () => {
  renderView({ status: { ...statusWithPendingChanges(), hasPendingChanges: false, pendingChanges: null } });
  expect(screen.getByText('Nothing to publish: the draft matches the latest revision.')).toBeInTheDocument();
});

test('a draft matching the latest revision says so; a restored draft says where it came from', () => {
  const status = { ...statusWithPendingChanges(), hasPendingChanges: false, pendingChanges: null };
  renderView({ status });
  expect(screen.getByText('The draft matches revision 3.')).toBeInTheDocument();
  expect(screen.queryByTestId('change-summary')).not.toBeInTheDocument();

  const latest = statusWithPendingChanges().latest;
  const activities = [
    { action: 'revision.restore', revisionNumber: 1, actorName: 'Olena Editor', at: '2025-11-07T11:00:00.000Z' },
    { action: 'revision.restore', revisionNumber: 2, actorName: 'Olena Editor', at: '2025-11-06T11:00:00.000Z' },
  ];
  expect(restoredSinceLatest(activities, latest)).toEqual({ number: 1, actorName: 'Olena Editor' });
  expect(restoredSinceLatest(activities.slice(1), latest)).toBeNull();
});

test('an explainer never published says publishing creates revision 1', () => {
  renderView({ status: { documentId: 'doc-pokrovsk', latest: null, pendingChanges: null, hasPendingChanges: true } });
  expect(screen.getByText('Not published yet. Publishing creates revision 1.')).toBeInTheDocument();
});
