import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RevisionsApi } from '../../../api/types';
import { PublishDialog } from '../PublishDialog';
import { renderWithProviders } from '../../common/__tests__/render';

// Only the fetch layer is mocked: the dialog talks to the API module, which talks to Strapi.
const api = { publish: jest.fn() } as unknown as jest.Mocked<RevisionsApi>;
jest.mock('../../../api/revisions', () => ({
  ...jest.requireActual('../../../api/errors'),
  useRevisionsApi: () => api,
  useErrorMessage: () => (error: Error) => error.message,
}));

/** What Strapi's fetch client throws for the server's 400 ValidationError envelope. */
const validationError = (path: string, message: string) =>
  Object.assign(new Error(message), {
    name: 'FetchError',
    status: 400,
    response: {
      data: {
        data: null,
        error: { status: 400, name: 'ValidationError', message, details: { errors: [{ path: [path], message, name: 'ValidationError' }] } },
      },
    },
  });

const renderDialog = () => {
  const onPublished = jest.fn();
  const onOpenChange = jest.fn();
  renderWithProviders(<PublishDialog documentId="doc-pokrovsk" open onOpenChange={onOpenChange} onPublished={onPublished} />);
  return { onPublished, onOpenChange };
};

beforeEach(() => jest.resetAllMocks());

test('a correction without a note shows the server’s field error under the public note', async () => {
  const user = userEvent.setup();
  const serverMessage = 'publicNote is required for a correction or clarification: readers must be told what changed';
  api.publish.mockRejectedValue(validationError('publicNote', serverMessage));
  const { onPublished, onOpenChange } = renderDialog();

  await user.click(screen.getByRole('radio', { name: /Correction/ }));
  await user.click(screen.getByRole('button', { name: 'Publish' }));

  expect(api.publish).toHaveBeenCalledWith('doc-pokrovsk', { kind: 'correction' });
  expect(await screen.findByText(serverMessage)).toBeInTheDocument();
  const note = screen.getByRole('textbox', { name: /Public note/ });
  expect(note).toHaveAttribute('aria-invalid', 'true');
  expect(onPublished).not.toHaveBeenCalled();
  expect(onOpenChange).not.toHaveBeenCalledWith(false);
});

test('a successful publish sends the kind and the notes, then reports the new revision', async () => {
  const user = userEvent.setup();
  const revision = {
    number: 4,
    kind: 'correction' as const,
    publicNote: 'Corrects the date of the encirclement claim',
    internalNote: 'Per MoD transcript',
    editorName: 'Olena Editor',
    publishedAt: '2025-11-08T09:00:00.000Z',
    contentHash: 'def',
    restoredFrom: null,
    summary: null,
  };
  const status = { documentId: 'doc-pokrovsk', latest: revision, pendingChanges: null, hasPendingChanges: false };
  api.publish.mockResolvedValue({ changed: true, revision, status });
  const { onPublished, onOpenChange } = renderDialog();

  await user.click(screen.getByRole('radio', { name: /Correction/ }));
  await user.type(screen.getByRole('textbox', { name: /Public note/ }), 'Corrects the date of the encirclement claim');
  await user.type(screen.getByRole('textbox', { name: /Internal note/ }), 'Per MoD transcript');
  await user.click(screen.getByRole('button', { name: 'Publish' }));

  await waitFor(() => expect(onPublished).toHaveBeenCalledWith({ changed: true, revision, status }));
  expect(api.publish).toHaveBeenCalledWith('doc-pokrovsk', {
    kind: 'correction',
    publicNote: 'Corrects the date of the encirclement claim',
    internalNote: 'Per MoD transcript',
  });
  expect(onOpenChange).toHaveBeenCalledWith(false);
});

test('an update may go without a note; other failures are shown in the dialog', async () => {
  const user = userEvent.setup();
  api.publish.mockRejectedValue(new Error('Forbidden'));
  const { onPublished } = renderDialog();

  await user.click(screen.getByRole('button', { name: 'Publish' }));

  expect(api.publish).toHaveBeenCalledWith('doc-pokrovsk', { kind: 'update' });
  expect(await screen.findByText('Could not publish: Forbidden')).toBeInTheDocument();
  expect(onPublished).not.toHaveBeenCalled();
});
