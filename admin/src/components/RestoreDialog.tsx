import { Button, Dialog, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { useIntl } from 'react-intl';
import { messages } from '../translations/messages';

export interface RestoreDialogProps {
  /** The revision to restore; null closes the dialog. */
  number: number | null;
  restoring: boolean;
  onCancel: () => void;
  onConfirm: (number: number) => void;
}

/** "Restore as draft" confirmation: the revision replaces the draft; nothing is published. */
export const RestoreDialog = ({ number, restoring, onCancel, onConfirm }: RestoreDialogProps) => {
  const { formatMessage } = useIntl();
  return (
    <Dialog.Root open={number !== null} onOpenChange={(open) => !open && onCancel()}>
      <Dialog.Content>
        <Dialog.Header>{formatMessage(messages['restore.title'])}</Dialog.Header>
        <Dialog.Body icon={<WarningCircle fill="danger600" />}>
          <Typography textAlign="center">{formatMessage(messages['restore.body'], { number: number ?? 0 })}</Typography>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary">
              {formatMessage(messages['restore.cancel'])}
            </Button>
          </Dialog.Cancel>
          <Button fullWidth variant="danger-light" loading={restoring} onClick={() => number !== null && onConfirm(number)}>
            {formatMessage(messages['restore.confirm'])}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
