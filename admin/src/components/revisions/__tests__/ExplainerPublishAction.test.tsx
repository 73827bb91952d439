import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Modal } from '@strapi/design-system';
import * as React from 'react';
import type { RevisionsApi } from '../../../api/types';
import { EXPLAINER_UID } from '../../../constants';
import { renderWithProviders } from '../../common/__tests__/render';
import { withExplainerPublish } from '../ExplainerPublishAction';
import { setRevisionStatus, usePublishAnnouncements } from '../revisionStatusStore';

// The form's state and the editor's permissions as Strapi's admin would give them; the plugin's API is mocked at its module.
let modified = false;
jest.mock('@strapi/strapi/admin', () => ({
  useForm: (_: string, select: (state: { modified: boolean }) => unknown) => select({ modified }),
  useRBAC: () => ({ allowedActions: { canPublish: true } }),
}));
const api = { publish: jest.fn(), stagePublishIntent: jest.fn(), clearPublishIntent: jest.fn() } as unknown as jest.Mocked<RevisionsApi>;
jest.mock('../../../api/revisions', () => ({
  ...jest.requireActual('../../../api/errors'),
  useRevisionsApi: () => api,
  useErrorMessage: () => (error: Error) => error.message,
}));

/** Strapi's own Publish, as far as the wrapper sees it: a description with onClick and disabled. */
const strapiPublish = jest.fn();
const StrapiPublish = Object.assign(
  (props: { disabledByStrapi?: boolean }) => ({ label: 'Publish', disabled: Boolean(props.disabledByStrapi), onClick: strapiPublish, position: ['panel'] }),
  { type: 'publish', position: ['panel'] }
);
const ExplainerPublish = withExplainerPublish(StrapiPublish as any);

/** Renders the action the way the edit view does: a button, and its dialog when the click does not mute it. */
const Host = ({ model = EXPLAINER_UID, disabledByStrapi = false, onPublished = () => {} }: { model?: string; disabledByStrapi?: boolean; onPublished?: (r: any) => void }) => {
  const description: any = ExplainerPublish({ model, documentId: 'doc-pokrovsk', activeTab: 'draft', disabledByStrapi } as any);
  const [open, setOpen] = React.useState(false);
  usePublishAnnouncements('doc-pokrovsk', onPublished);
  const Content = description.dialog?.content;
  return (
    <>
      <button disabled={description.disabled} onClick={async () => !(await description.onClick?.()) && description.dialog && setOpen(true)}>
        {description.label}
      </button>
      <Modal.Root open={open} onOpenChange={setOpen}>
        <Modal.Content>
          <Modal.Header>
            <Modal.Title>{description.dialog?.title}</Modal.Title>
          </Modal.Header>
          {open && Content && <Content onClose={() => setOpen(false)} />}
        </Modal.Content>
      </Modal.Root>
    </>
  );
};

const revision = { number: 2, kind: 'update' as const, publicNote: 'Adds the dispute', internalNote: null, editorName: 'Desk Editor', publishedAt: '2025-11-08T09:00:00.000Z', contentHash: 'abc', restoredFrom: null, summary: null };
const status = { documentId: 'doc-pokrovsk', latest: revision, pendingChanges: null, hasPendingChanges: false };

beforeEach(() => {
  jest.clearAllMocks();
  modified = false;
});

test('Strapi’s Publish opens the plugin’s dialog; a saved draft publishes through the plugin and the panel gets its answer', async () => {
  const user = userEvent.setup();
  api.publish.mockResolvedValue({ changed: true, revision, status } as any);
  const onPublished = jest.fn();
  renderWithProviders(<Host onPublished={onPublished} />);

  await user.click(screen.getByRole('button', { name: 'Publish' }));
  const dialog = await screen.findByRole('dialog', { name: 'Publish an update' });
  await user.type(screen.getByRole('textbox', { name: /Public note/ }), 'Adds the dispute');
  await user.click(within(dialog).getByRole('button', { name: 'Publish' }));

  await waitFor(() => expect(onPublished).toHaveBeenCalledWith({ changed: true, revision, status }));
  expect(api.publish).toHaveBeenCalledWith('doc-pokrovsk', { kind: 'update', publicNote: 'Adds the dispute' });
  expect(strapiPublish).not.toHaveBeenCalled();
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
});

test('with unsaved changes, the dialog’s choice is staged, then Strapi saves and publishes the form', async () => {
  const user = userEvent.setup();
  modified = true;
  api.stagePublishIntent.mockResolvedValue(undefined);
  api.clearPublishIntent.mockResolvedValue(undefined);
  const order: string[] = [];
  api.stagePublishIntent.mockImplementation(async () => void order.push('stage'));
  strapiPublish.mockImplementation(async () => void order.push('strapi publish'));
  api.clearPublishIntent.mockImplementation(async () => void order.push('clear'));
  renderWithProviders(<Host />);

  await user.click(screen.getByRole('button', { name: 'Publish' }));
  const dialog = await screen.findByRole('dialog', { name: 'Publish an update' });
  await user.click(within(dialog).getByRole('radio', { name: /Correction/ }));
  await user.type(screen.getByRole('textbox', { name: /Public note/ }), 'Corrects the date');
  await user.click(within(dialog).getByRole('button', { name: 'Publish' }));

  await waitFor(() => expect(order).toEqual(['stage', 'strapi publish', 'clear']));
  expect(api.stagePublishIntent).toHaveBeenCalledWith('doc-pokrovsk', { kind: 'correction', publicNote: 'Corrects the date' });
  expect(api.publish).not.toHaveBeenCalled();
});

test('enabled while claims or maps changed since the last revision, even when Strapi sees nothing to publish', async () => {
  renderWithProviders(<Host disabledByStrapi />);
  expect(screen.getByRole('button', { name: 'Publish' })).toBeDisabled();
  act(() => setRevisionStatus('doc-pokrovsk', { ...status, hasPendingChanges: true }));
  expect(screen.getByRole('button', { name: 'Publish' })).toBeEnabled();
});

test('other models keep Strapi’s Publish as it is', async () => {
  const user = userEvent.setup();
  renderWithProviders(<Host model="api::article.article" />);
  await user.click(screen.getByRole('button', { name: 'Publish' }));
  expect(strapiPublish).toHaveBeenCalled();
  expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
});
