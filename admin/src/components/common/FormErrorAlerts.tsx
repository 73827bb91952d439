import { Alert } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { messages } from '../../translations/messages';

type Props = {
  /** The refusal as a whole (e.g. a network failure or a 409 without field details). */
  formError: string | null;
  /** Field errors for fields the dialog does not show, as `[path, message]`. */
  otherFieldErrors: [string, string][];
  onCloseFormError: () => void;
  onCloseFieldErrors: () => void;
};

/**
 * A dialog's errors that belong to no visible field: the server names the field, so we say it.
 * Closing one is "Dismiss", never a second "Cancel" beside the dialog's own.
 */
export const FormErrorAlerts = ({ formError, otherFieldErrors, onCloseFormError, onCloseFieldErrors }: Props) => {
  const { formatMessage } = useIntl();
  const dismiss = formatMessage(messages['errors.dismiss']);
  return (
    <>
      {formError && (
        <Alert variant="danger" closeLabel={dismiss} onClose={onCloseFormError}>
          {formError}
        </Alert>
      )}
      {otherFieldErrors.length > 0 && (
        <Alert variant="danger" closeLabel={dismiss} onClose={onCloseFieldErrors}>
          {otherFieldErrors.map(([path, message]) => `${path}: ${message}`).join(' ')}
        </Alert>
      )}
    </>
  );
};

/**
 * A dialog's error state: errors per field (shown by the fields named in `shownFields`), one for the
 * form as a whole, and `alerts` for the rest, so no error the server names goes unshown.
 */
export const useFormErrors = (shownFields: readonly string[]) => {
  const [fieldErrors, setFieldErrors] = React.useState<Record<string, string>>({});
  const [formError, setFormError] = React.useState<string | null>(null);
  const clear = React.useCallback(() => {
    setFieldErrors({});
    setFormError(null);
  }, []);
  const clearField = (name: string) => setFieldErrors(({ [name]: _, ...rest }) => rest);
  const alerts = (
    <FormErrorAlerts
      formError={formError}
      otherFieldErrors={Object.entries(fieldErrors).filter(([path]) => !shownFields.includes(path))}
      onCloseFormError={() => setFormError(null)}
      onCloseFieldErrors={() => setFieldErrors({})}
    />
  );
  return { fieldErrors, setFieldErrors, setFormError, clear, clearField, alerts };
};
