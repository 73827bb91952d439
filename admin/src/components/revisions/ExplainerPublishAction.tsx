import type { DocumentActionComponent, DocumentActionDescription, DocumentActionProps } from '@strapi/content-manager/strapi-admin';
import { useForm, useRBAC } from '@strapi/strapi/admin';
import { useIntl } from 'react-intl';
import { editionKey } from '../../api/edition';
import { useRevisionsApi } from '../../api/revisions';
import { EXPLAINER_UID, PERMISSIONS } from '../../constants';
import { messages } from '../../translations/messages';
import { PublishForm } from './PublishDialog';
import { announcePublished, useSharedRevisionStatus } from './revisionStatusStore';

/**
 * One way to publish an explainer: Strapi's own "Publish" button in the edit view opens the
 * plugin's publish dialog (kind of revision, public note, internal note), so whichever way an
 * editor thinks of publishing, they are asked what readers should be told.
 *
 * - Saved draft: the plugin's publish route; its answer carries the revision panel's next state.
 * - Unsaved changes: the Content Manager's own publish (it saves and publishes the form in one
 *   request), preceded by the dialog's choice staged on the server, which that publish takes.
 *
 * Everything else stays Strapi's (the button's place, its disabled states, other models); an editor
 * without the plugin's "Publish revisions" permission gets Strapi's button as it is, and the
 * stated default (an update whose note says what changed).
 */
export const withExplainerPublish = (StrapiPublish: DocumentActionComponent): DocumentActionComponent => {
  const ExplainerPublish: DocumentActionComponent = (props: DocumentActionProps) => {
    // Strapi's action runs in full (its hooks every render); only its description is changed.
    const strapi = StrapiPublish(props) as DocumentActionDescription | null;
    const { formatMessage } = useIntl();
    const api = useRevisionsApi();
    const modified = useForm('ExplainerPublish', ({ modified }) => modified, false) ?? false;
    const { allowedActions } = useRBAC({ publish: PERMISSIONS.publishRevisions });
    const documentId = props.documentId;
    const edition = editionKey(documentId ?? '', api.locale);
    const status = useSharedRevisionStatus(edition);

    if (props.model !== EXPLAINER_UID || !strapi || !documentId || documentId === 'create' || !allowedActions.canPublish) return strapi;

    // Claims and maps are live records: the draft can differ from the latest revision while Strapi sees nothing to publish.
    const pending = Boolean(status?.hasPendingChanges);
    const publish = async (input: Parameters<typeof api.publish>[1], close: () => void) => {
      if (!modified) {
        const result = await api.publish(documentId, input);
        close();
        announcePublished(edition, result);
        return;
      }
      await api.stagePublishIntent(documentId, input); // a 400 (a correction without a note) stays in the dialog
      close();
      try {
        await strapi.onClick?.({} as React.SyntheticEvent);
      } finally {
        await api.clearPublishIntent(documentId).catch(() => undefined);
      }
    };

    return {
      ...strapi,
      disabled: props.activeTab === 'published' || (Boolean(strapi.disabled) && !(pending && !modified)),
      onClick: () => false, // opens the dialog below
      dialog: {
        type: 'modal',
        title: formatMessage(messages['publish.title']),
        content: ({ onClose }: { onClose: () => void }) => (
          <PublishForm onCancel={onClose} drift={status?.drift ?? null} publish={(input) => publish(input, onClose)} />
        ),
      },
    } as DocumentActionDescription;
  };
  Object.assign(ExplainerPublish, { type: (StrapiPublish as { type?: string }).type, position: (StrapiPublish as { position?: unknown }).position });
  return ExplainerPublish;
};
