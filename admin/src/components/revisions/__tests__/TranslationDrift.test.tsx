import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PublishForm } from '../PublishDialog';
import { RevisionStatusView } from '../RevisionStatusView';
import { statusWithPendingChanges } from './fixtures';
import { renderWithProviders } from '../../common/__tests__/render';

jest.mock('../../../api/revisions', () => ({
  ...jest.requireActual('../../../api/errors'),
  useRevisionsApi: () => ({}),
  useErrorMessage: () => (error: Error) => error.message,
}));

const DRIFT_LINK = '/plugins/conflict-explainer/translation/doc-pokrovsk?locale=uk';
const behind = { sourceLocale: 'en', sourceLatest: 14, basedOn: { locale: 'en', revision: 12 }, behind: 2 };

const renderPanel = (drift: typeof behind | null) =>
  renderWithProviders(
    <RevisionStatusView
      status={{ ...statusWithPendingChanges(), locale: 'uk', drift }}
      canPublish
      revisionsLink="/plugins/conflict-explainer/revisions/doc-pokrovsk?locale=uk"
      driftLink={DRIFT_LINK}
    />
  );

test('an edition behind the source says by how much, from which revision, and links to what changed', () => {
  renderPanel(behind);
  const notice = within(screen.getByTestId('translation-drift'));
  expect(notice.getByText('2 revisions behind English')).toBeInTheDocument();
  expect(notice.getByText('Translated from English revision 12; English is now at revision 14.')).toBeInTheDocument();
  expect(notice.getByRole('link', { name: /What changed in English/ })).toHaveAttribute('href', DRIFT_LINK);
});

test('an edition up to date says so, with no link; the source edition shows no drift at all', () => {
  const { unmount } = renderPanel({ ...behind, basedOn: { locale: 'en', revision: 14 }, behind: 0 });
  expect(screen.getByText('Up to date with English revision 14')).toBeInTheDocument();
  expect(screen.queryByRole('link', { name: /What changed in English/ })).not.toBeInTheDocument();
  unmount();
  renderPanel(null);
  expect(screen.queryByTestId('translation-drift')).not.toBeInTheDocument();
});

test('publishing an edition: the translator confirms the source revision (default: the latest) and it is sent as basedOn', async () => {
  const user = userEvent.setup();
  const publish = jest.fn().mockResolvedValue(undefined);
  renderWithProviders(<PublishForm publish={publish} onCancel={jest.fn()} drift={behind} />);

  const source = screen.getByRole('combobox', { name: 'Translated from English revision' });
  expect(source).toHaveTextContent('Revision 14');
  await user.click(source);
  await user.click(screen.getByRole('option', { name: 'Revision 13' }));
  await user.click(screen.getByRole('button', { name: 'Publish' }));
  expect(publish).toHaveBeenCalledWith({ kind: 'update', basedOn: 13 });
});

test('publishing the source edition asks for no source revision', async () => {
  const user = userEvent.setup();
  const publish = jest.fn().mockResolvedValue(undefined);
  renderWithProviders(<PublishForm publish={publish} onCancel={jest.fn()} drift={null} />);
  expect(screen.queryByRole('combobox', { name: /Translated from/ })).not.toBeInTheDocument();
  await user.click(screen.getByRole('button', { name: 'Publish' }));
  expect(publish).toHaveBeenCalledWith({ kind: 'update' });
});
