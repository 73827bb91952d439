import { Alert } from '@strapi/design-system';

type Props = {
  /** The refusal as a whole (e.g. a network failure or a 409 without field details). */
  formError: string | null;
  /** Field errors for fields the dialog does not show, as `[path, message]`. */
  otherFieldErrors: [string, string][];
  closeLabel: string;
  onCloseFormError: () => void;
  onCloseFieldErrors: () => void;
};

/** A dialog's errors that belong to no visible field: the server names the field, so we say it. */
export const FormErrorAlerts = ({ formError, otherFieldErrors, closeLabel, onCloseFormError, onCloseFieldErrors }: Props) => (
  <>
    {formError && (
      <Alert variant="danger" closeLabel={closeLabel} onClose={onCloseFormError}>
        {formError}
      </Alert>
    )}
    {otherFieldErrors.length > 0 && (
      <Alert variant="danger" closeLabel={closeLabel} onClose={onCloseFieldErrors}>
        {otherFieldErrors.map(([path, message]) => `${path}: ${message}`).join(' ')}
      </Alert>
    )}
  </>
);
