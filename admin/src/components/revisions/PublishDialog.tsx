import { Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { fieldErrorsOf, useErrorMessage, useRevisionsApi, type PublishInput, type PublishResult, type RevisionKind, type RevisionStatus } from '../../api/revisions';
import { REVISION_KINDS } from '../../constants';
import { messages } from '../../translations/messages';
import { useFormErrors } from '../common/FormErrorAlerts';
import { TextareaField } from '../common/TextareaField';
import { useLabels } from '../common/labels';
import { RadioGroupField } from '../common/RadioGroupField';

export interface PublishFormProps {
  /** Sends the editor's choice; a thrown 400 is shown on its fields, anything else above them. */
  publish: (input: PublishInput) => Promise<void>;
  onCancel: () => void;
  /** For an edition other than the source: the translator confirms which source revision it now carries. */
  drift?: RevisionStatus['drift'];
}

/** The source revision an edition's publish is translated from (default: the source's latest). */
const BasedOnField = ({ drift, value, onChange, error }: { drift: NonNullable<RevisionStatus['drift']>; value: number; onChange: (n: number) => void; error?: string }) => {
  const { formatMessage } = useIntl();
  const language = useLabels().language(drift.sourceLocale);
  const latest = drift.sourceLatest ?? 0;
  return (
    <Field.Root name="basedOn" error={error} hint={formatMessage(messages['publish.based-on.hint'], { language, latest })}>
      <Field.Label>{formatMessage(messages['publish.based-on'], { language })}</Field.Label>
      <SingleSelect value={String(value)} onChange={(next: string | number) => onChange(Number(next))}>
        {Array.from({ length: latest }, (_, i) => latest - i).map((number) => (
          <SingleSelectOption key={number} value={String(number)}>
            {formatMessage(messages['publish.based-on.option'], { number })}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};

/**
 * The kind of revision, the public note (required by the server for a correction or clarification;
 * its field error is shown under the note) and the internal note: the body and footer of a modal.
 */
export const PublishForm = ({ publish, onCancel, drift }: PublishFormProps) => {
  const { formatMessage } = useIntl();
  const errorMessage = useErrorMessage();
  const [kind, setKind] = React.useState<RevisionKind>('update');
  const [publicNote, setPublicNote] = React.useState('');
  const [internalNote, setInternalNote] = React.useState('');
  const translated = drift && drift.sourceLatest ? drift : null;
  const [basedOn, setBasedOn] = React.useState(translated?.sourceLatest ?? 0);
  const { fieldErrors, setFieldErrors, setFormError, clear, alerts } = useFormErrors(['publicNote', 'internalNote', 'basedOn']);
  const [submitting, setSubmitting] = React.useState(false);

  const noteRequired = kind !== 'update';

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSubmitting(true);
    clear();
    try {
      await publish({
        kind,
        ...(publicNote.trim() ? { publicNote: publicNote.trim() } : {}),
        ...(internalNote.trim() ? { internalNote: internalNote.trim() } : {}),
        ...(translated ? { basedOn } : {}),
      });
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (Object.keys(fields).length > 0) setFieldErrors(fields);
      else setFormError(formatMessage(messages['publish.failed'], { message: errorMessage(error) }));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Modal.Body>
        <Flex direction="column" alignItems="stretch" gap={5}>
          <Typography variant="omega" textColor="neutral600">
            {formatMessage(messages['publish.description'])}
          </Typography>
          {alerts}
          <RadioGroupField
            name="kind"
            label={formatMessage(messages['publish.kind'])}
            value={kind}
            options={REVISION_KINDS.map((value) => ({
              value,
              label: formatMessage(messages[`kind.${value}`]),
              hint: formatMessage(messages[`kind.${value}.hint`]),
            }))}
            onChange={(value) => {
              setKind(value);
              setFieldErrors({});
            }}
          />
          <TextareaField
            name="publicNote"
            required={noteRequired}
            label={formatMessage(messages['publish.public-note'])}
            hint={formatMessage(messages[noteRequired ? 'publish.public-note.required-hint' : 'publish.public-note.hint'])}
            value={publicNote}
            error={fieldErrors.publicNote}
            onChange={setPublicNote}
          />
          {translated && <BasedOnField drift={translated} value={basedOn} onChange={setBasedOn} error={fieldErrors.basedOn} />}
          <TextareaField
            name="internalNote"
            label={formatMessage(messages['publish.internal-note'])}
            hint={formatMessage(messages['publish.internal-note.hint'])}
            value={internalNote}
            error={fieldErrors.internalNote}
            onChange={setInternalNote}
          />
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Button variant="tertiary" onClick={onCancel}>
          {formatMessage(messages['publish.cancel'])}
        </Button>
        <Button type="submit" loading={submitting}>
          {formatMessage(messages['publish.submit'])}
        </Button>
      </Modal.Footer>
    </form>
  );
};

export interface PublishDialogProps {
  documentId: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** Called after the server answered: a new revision, or "nothing changed". */
  onPublished: (result: PublishResult) => void;
}

/** The publish form in its own modal, publishing through the plugin's route (the answer carries the panel's next state). */
export const PublishDialog = ({ documentId, open, onOpenChange, onPublished }: PublishDialogProps) => {
  const { formatMessage } = useIntl();
  const api = useRevisionsApi();
  return (
    <Modal.Root open={open} onOpenChange={onOpenChange}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{formatMessage(messages['publish.title'])}</Modal.Title>
        </Modal.Header>
        {open && (
          <PublishForm
            onCancel={() => onOpenChange(false)}
            publish={async (input) => {
              const result = await api.publish(documentId, input);
              onOpenChange(false);
              onPublished(result);
            }}
          />
        )}
      </Modal.Content>
    </Modal.Root>
  );
};
