import { DateTimePicker, Field, SingleSelect, SingleSelectOption, TextInput, Textarea } from '@strapi/design-system';
import * as React from 'react';
import { useIntl, type MessageDescriptor } from 'react-intl';
import type { DeskActor } from '../../api/claims';
import { CLAIM_MEDIA } from '../../constants';
import { messages } from '../../translations/messages';
import { dateOrNull } from '../../utils/claims';
import { ActorPicker } from './ActorPicker';
import { useClaimLabels } from './ClaimLabels';

interface FieldProps<V> {
  value: V;
  /** The server's message for the field. */
  error?: string;
  onChange: (value: V) => void;
  style?: React.CSSProperties;
}

const Statement = ({ value, error, onChange, style, hint }: FieldProps<string> & { hint?: string }) => {
  const { formatMessage } = useIntl();
  return (
    <Field.Root name="statement" required error={error} hint={hint} style={style}>
      <Field.Label>{formatMessage(messages['claims.field.statement'])}</Field.Label>
      <Textarea value={value} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)} />
      {hint && <Field.Hint />}
      <Field.Error />
    </Field.Root>
  );
};

const Claimant = ({
  value,
  error,
  onChange,
  style,
  actors,
  label = messages['claims.field.claimant'],
}: FieldProps<string | null> & { actors: DeskActor[]; label?: MessageDescriptor }) => {
  const { formatMessage } = useIntl();
  return (
    <Field.Root name="claimant" required error={error} style={style}>
      <Field.Label>{formatMessage(label)}</Field.Label>
      <ActorPicker actors={actors} value={value} onChange={onChange} hasError={!!error} />
      <Field.Error />
    </Field.Root>
  );
};

const Medium = ({ value, error, onChange, style }: FieldProps<string>) => {
  const { formatMessage } = useIntl();
  const labels = useClaimLabels();
  return (
    <Field.Root name="medium" error={error} style={style}>
      <Field.Label>{formatMessage(messages['claims.field.medium'])}</Field.Label>
      <SingleSelect value={value} onChange={(next) => onChange(String(next))}>
        {CLAIM_MEDIA.map((medium) => (
          <SingleSelectOption key={medium} value={medium}>
            {labels.medium(medium)}
          </SingleSelectOption>
        ))}
      </SingleSelect>
      <Field.Error />
    </Field.Root>
  );
};

const MadeAt = ({ value, error, onChange, style }: FieldProps<string | null>) => {
  const { formatMessage } = useIntl();
  return (
    <Field.Root name="madeAt" error={error} style={style}>
      <Field.Label>{formatMessage(messages['claims.field.made-at'])}</Field.Label>
      <DateTimePicker
        value={dateOrNull(value)}
        onChange={(date) => onChange(date ? date.toISOString() : null)}
        onClear={() => onChange(null)}
        clearLabel={formatMessage(messages['claims.filter.clear-field'])}
      />
      <Field.Error />
    </Field.Root>
  );
};

const SourceUrl = ({ value, error, onChange, style }: FieldProps<string>) => {
  const { formatMessage } = useIntl();
  return (
    <Field.Root name="sourceUrl" error={error} hint={formatMessage(messages['claims.field.source-url.hint'])} style={style}>
      <Field.Label>{formatMessage(messages['claims.field.source-url'])}</Field.Label>
      <TextInput type="url" value={value} onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(e.target.value)} />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};

const InternalNote = ({ value, error, onChange, style }: FieldProps<string>) => {
  const { formatMessage } = useIntl();
  return (
    <Field.Root name="internalNote" error={error} hint={formatMessage(messages['claims.internal-note.hint'])} style={style}>
      <Field.Label>{formatMessage(messages['claims.field.internal-note'])}</Field.Label>
      <Textarea value={value} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)} />
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};

/**
 * A claim's fields, with their labels, hints and the server's errors, as "New claim" and the claim
 * panel's edit form show them; each form lays them out (and adds its own: new actor, initial status).
 */
export const ClaimFields = { Statement, Claimant, Medium, MadeAt, SourceUrl, InternalNote };
