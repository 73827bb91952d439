import { Button, Flex } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import {
  conflictOf,
  fieldErrorsOf,
  useClaimsApi,
  useErrorMessage,
  type ClaimDetail,
  type ConflictDetails,
  type DeskActor,
  type UpdateClaimInput,
} from '../../api/claims';
import { messages } from '../../translations/messages';
import { FormErrorAlerts } from '../common/FormErrorAlerts';
import { ClaimFields } from './ClaimFields';
import { ConflictNotice, conflictValuesOf } from './ConflictNotice';

export interface ClaimEditFormProps {
  claim: ClaimDetail;
  actors: DeskActor[];
  onSaved: (claim: ClaimDetail) => void;
  onCancel: () => void;
  /** The editor dropped their edit after a conflict (the caller reloads the claim). */
  onDiscarded: () => void;
}

interface Values {
  statement: string;
  claimant: string | null;
  medium: string;
  sourceUrl: string;
  madeAt: string | null;
  internalNote: string;
}

const valuesOf = (claim: ClaimDetail): Values => ({
  statement: claim.statement,
  claimant: claim.claimant?.documentId ?? null,
  medium: claim.medium,
  sourceUrl: claim.sourceUrl ?? '',
  madeAt: claim.madeAt,
  internalNote: claim.internalNote ?? '',
});

/** Only what the editor changed, so reapplying after a conflict keeps the other editor's changes. */
export const changesOf = (before: Values, after: Values): Omit<UpdateClaimInput, 'version'> => {
  const changes: Omit<UpdateClaimInput, 'version'> = {};
  if (after.statement.trim() !== before.statement) changes.statement = after.statement.trim();
  if (after.claimant && after.claimant !== before.claimant) changes.claimant = after.claimant;
  if (after.medium !== before.medium) changes.medium = after.medium;
  if (after.sourceUrl.trim() !== before.sourceUrl) changes.sourceUrl = after.sourceUrl.trim() || null;
  const time = (iso: string | null) => (iso ? new Date(iso).getTime() : null);
  if (time(after.madeAt) !== time(before.madeAt)) changes.madeAt = after.madeAt;
  if (after.internalNote.trim() !== before.internalNote) changes.internalNote = after.internalNote.trim() || null;
  return changes;
};

/** Edit a claim's statement, claimant, medium, source, date and internal note; saved with its version. */
export const ClaimEditForm = ({ claim, actors, onSaved, onCancel, onDiscarded }: ClaimEditFormProps) => {
  const { formatMessage } = useIntl();
  const api = useClaimsApi();
  const errorMessage = useErrorMessage();
  const initial = React.useMemo(() => valuesOf(claim), [claim]);
  const [values, setValues] = React.useState<Values>(initial);
  const [fieldErrors, setFieldErrors] = React.useState<Record<string, string>>({});
  const [formError, setFormError] = React.useState<string | null>(null);
  const [conflict, setConflict] = React.useState<ConflictDetails | null>(null);
  const [saving, setSaving] = React.useState(false);

  const set = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setFieldErrors(({ [key]: _, ...rest }) => rest);
  };

  const changes = changesOf(initial, values);

  const save = async (version: number) => {
    if (Object.keys(changes).length === 0) {
      onCancel();
      return;
    }
    setSaving(true);
    setFieldErrors({});
    setFormError(null);
    setConflict(null);
    try {
      onSaved(await api.updateClaim(claim.documentId, { version, ...changes }));
    } catch (error) {
      const stale = conflictOf(error);
      const fields = fieldErrorsOf(error);
      if (stale) setConflict(stale);
      else if (Object.keys(fields).length > 0) setFieldErrors(fields);
      else setFormError(formatMessage(messages['claims.edit.failed'], { message: errorMessage(error) }));
    } finally {
      setSaving(false);
    }
  };

  const otherErrors = Object.entries(fieldErrors).filter(([path]) => !(path in values));
  const claimantName = actors.find((a) => a.documentId === values.claimant)?.name ?? claim.claimant?.name ?? null;

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        save(claim.version);
      }}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        {conflict && (
          <ConflictNotice
            conflict={conflict}
            mine={{
              ...conflictValuesOf(claim),
              statement: values.statement,
              internalNote: values.internalNote || null,
              claimant: claimantName,
              medium: values.medium,
              sourceUrl: values.sourceUrl || null,
              madeAt: values.madeAt,
            }}
            busy={saving}
            onReapply={() => save(conflict.current.version)}
            onDiscard={() => {
              setConflict(null);
              onDiscarded();
            }}
          />
        )}
        <FormErrorAlerts
          formError={formError}
          otherFieldErrors={otherErrors}
          onCloseFormError={() => setFormError(null)}
          onCloseFieldErrors={() => setFieldErrors({})}
        />
        <ClaimFields.Statement value={values.statement} error={fieldErrors.statement} onChange={(value) => set('statement', value)} />
        <ClaimFields.Claimant actors={actors} value={values.claimant} error={fieldErrors.claimant} onChange={(id) => set('claimant', id)} />
        <Flex gap={4} alignItems="flex-start">
          <ClaimFields.Medium value={values.medium} error={fieldErrors.medium} onChange={(value) => set('medium', value)} style={{ flex: 1 }} />
          <ClaimFields.MadeAt value={values.madeAt} error={fieldErrors.madeAt} onChange={(value) => set('madeAt', value)} style={{ flex: 1 }} />
        </Flex>
        <ClaimFields.SourceUrl value={values.sourceUrl} error={fieldErrors.sourceUrl} onChange={(value) => set('sourceUrl', value)} />
        <ClaimFields.InternalNote value={values.internalNote} error={fieldErrors.internalNote} onChange={(value) => set('internalNote', value)} />
        <Flex gap={2} justifyContent="flex-end">
          <Button variant="tertiary" onClick={onCancel}>
            {formatMessage(messages['claims.cancel'])}
          </Button>
          <Button type="submit" loading={saving} disabled={!!conflict}>
            {formatMessage(messages['claims.edit.save'])}
          </Button>
        </Flex>
      </Flex>
    </form>
  );
};
