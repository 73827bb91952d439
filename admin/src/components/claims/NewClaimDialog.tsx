import { Button, Field, Flex, Modal, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import {
  fieldErrorsOf,
  useClaimsApi,
  useErrorMessage,
  type ClaimDetail,
  type ClaimStatus,
  type CreateClaimInput,
  type DeskActor,
  type Side,
} from '../../api/claims';
import { ACTOR_KINDS, CLAIM_STATUSES, SIDES } from '../../constants';
import { messages } from '../../translations/messages';
import { RadioGroupField } from '../common/RadioGroupField';
import { FormErrorAlerts } from '../common/FormErrorAlerts';
import { ClaimFields } from './ClaimFields';
import { ClaimStatusBadge, useClaimLabels } from './ClaimLabels';

export interface NewClaimDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The piece the claim is added to. */
  explainer: string | undefined;
  explainerTitle?: string;
  actors: DeskActor[];
  /** "New actor" is offered only with the "Manage actors" permission. */
  canManageActors: boolean;
  onCreated: (claim: ClaimDetail) => void;
}

interface Form {
  statement: string;
  claimantMode: 'existing' | 'new';
  claimant: string | null;
  actorName: string;
  actorKind: string;
  actorSide: Side | '';
  actorAffiliation: string;
  medium: string;
  sourceUrl: string;
  madeAt: string | null;
  claimStatus: ClaimStatus;
  internalNote: string;
}

const emptyForm = (): Form => ({
  statement: '',
  claimantMode: 'existing',
  claimant: null,
  actorName: '',
  actorKind: '',
  actorSide: '',
  actorAffiliation: '',
  medium: 'statement',
  sourceUrl: '',
  madeAt: null,
  claimStatus: 'unverified',
  internalNote: '',
});

/** The request for the form: only what is filled in, and the claimant or the new actor. */
export const createInputOf = (explainer: string, form: Form): CreateClaimInput => {
  const input: CreateClaimInput = { explainer, statement: form.statement.trim(), medium: form.medium, claimStatus: form.claimStatus };
  if (form.claimantMode === 'new') {
    input.newActor = {
      name: form.actorName.trim(),
      kind: form.actorKind,
      side: form.actorSide as Side,
      ...(form.actorAffiliation.trim() ? { affiliation: form.actorAffiliation.trim() } : {}),
    };
  } else if (form.claimant) {
    input.claimant = form.claimant;
  }
  if (form.sourceUrl.trim()) input.sourceUrl = form.sourceUrl.trim();
  if (form.madeAt) input.madeAt = form.madeAt;
  if (form.internalNote.trim()) input.internalNote = form.internalNote.trim();
  return input;
};

/** "New claim": what was claimed, by whom (an existing actor or a new one), how, when, and its status. */
export const NewClaimDialog = ({ open, onOpenChange, explainer, explainerTitle, actors, canManageActors, onCreated }: NewClaimDialogProps) => {
  const { formatMessage } = useIntl();
  const api = useClaimsApi();
  const errorMessage = useErrorMessage();
  const labels = useClaimLabels();
  const [form, setForm] = React.useState<Form>(emptyForm);
  const [fieldErrors, setFieldErrors] = React.useState<Record<string, string>>({});
  const [formError, setFormError] = React.useState<string | null>(null);
  const [submitting, setSubmitting] = React.useState(false);

  const set = <K extends keyof Form>(key: K, value: Form[K], errorPath: string = key) => {
    setForm((f) => ({ ...f, [key]: value }));
    setFieldErrors(({ [errorPath]: _, ...rest }) => rest);
  };

  const close = () => {
    setForm(emptyForm());
    setFieldErrors({});
    setFormError(null);
    onOpenChange(false);
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!explainer) return;
    setSubmitting(true);
    setFieldErrors({});
    setFormError(null);
    try {
      const created = await api.createClaim(createInputOf(explainer, form));
      setForm(emptyForm());
      onOpenChange(false);
      onCreated(created);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (Object.keys(fields).length > 0) setFieldErrors(fields);
      else setFormError(formatMessage(messages['claims.new.failed'], { message: errorMessage(error) }));
    } finally {
      setSubmitting(false);
    }
  };

  const shown = [
    'statement',
    'claimant',
    'newActor',
    'newActor.name',
    'newActor.kind',
    'newActor.side',
    'newActor.affiliation',
    'medium',
    'sourceUrl',
    'madeAt',
    'claimStatus',
    'internalNote',
  ];
  const otherErrors = Object.entries(fieldErrors).filter(([path]) => !shown.includes(path));
  const isNewActor = canManageActors && form.claimantMode === 'new';

  return (
    <Modal.Root open={open} onOpenChange={(next) => (next ? onOpenChange(true) : close())}>
      <Modal.Content>
        <form onSubmit={submit} noValidate>
          <Modal.Header closeLabel={formatMessage(messages['claims.cancel'])}>
            <Modal.Title>{formatMessage(messages['claims.new.title'])}</Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={5}>
              {explainerTitle && (
                <Typography variant="omega" textColor="neutral600">
                  {formatMessage(messages['claims.new.for'], { title: explainerTitle })}
                </Typography>
              )}
              <FormErrorAlerts
                formError={formError}
                otherFieldErrors={otherErrors}
                onCloseFormError={() => setFormError(null)}
                onCloseFieldErrors={() => setFieldErrors({})}
              />
              <ClaimFields.Statement
                value={form.statement}
                error={fieldErrors.statement}
                onChange={(value) => set('statement', value)}
                hint={formatMessage(messages['claims.new.statement.hint'])}
              />

              <Flex direction="column" alignItems="stretch" gap={3}>
                {canManageActors && (
                  <RadioGroupField
                    name="claimantMode"
                    label={formatMessage(messages['claims.field.claimant'])}
                    value={form.claimantMode}
                    layout="inline"
                    options={[
                      { value: 'existing', label: formatMessage(messages['claims.new.existing-actor']) },
                      { value: 'new', label: formatMessage(messages['claims.new.new-actor']) },
                    ]}
                    onChange={(value) => set('claimantMode', value, 'claimant')}
                  />
                )}
                {isNewActor ? (
                  <Flex direction="column" alignItems="stretch" gap={3} background="neutral100" padding={4} hasRadius>
                    <Field.Root name="newActor.name" required error={fieldErrors['newActor.name'] ?? fieldErrors.newActor ?? fieldErrors.claimant}>
                      <Field.Label>{formatMessage(messages['claims.actor.name'])}</Field.Label>
                      <TextInput
                        value={form.actorName}
                        onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('actorName', e.target.value, 'newActor.name')}
                      />
                      <Field.Error />
                    </Field.Root>
                    <Flex gap={3} alignItems="flex-start">
                      <Field.Root name="newActor.kind" required error={fieldErrors['newActor.kind']} style={{ flex: 1 }}>
                        <Field.Label>{formatMessage(messages['claims.actor.kind'])}</Field.Label>
                        <SingleSelect
                          value={form.actorKind || null}
                          placeholder={formatMessage(messages['claims.actor.kind.placeholder'])}
                          onChange={(value) => set('actorKind', String(value), 'newActor.kind')}
                        >
                          {ACTOR_KINDS.map((kind) => (
                            <SingleSelectOption key={kind} value={kind}>
                              {labels.actorKind(kind)}
                            </SingleSelectOption>
                          ))}
                        </SingleSelect>
                        <Field.Error />
                      </Field.Root>
                      <Field.Root name="newActor.side" required error={fieldErrors['newActor.side']} style={{ flex: 1 }}>
                        <Field.Label>{formatMessage(messages['claims.actor.side'])}</Field.Label>
                        <SingleSelect
                          value={form.actorSide || null}
                          placeholder={formatMessage(messages['claims.actor.side.placeholder'])}
                          onChange={(value) => set('actorSide', value as Side, 'newActor.side')}
                        >
                          {SIDES.map((side) => (
                            <SingleSelectOption key={side} value={side}>
                              {labels.side(side)}
                            </SingleSelectOption>
                          ))}
                        </SingleSelect>
                        <Field.Error />
                      </Field.Root>
                    </Flex>
                    <Field.Root name="newActor.affiliation" error={fieldErrors['newActor.affiliation']}>
                      <Field.Label>{formatMessage(messages['claims.actor.affiliation'])}</Field.Label>
                      <TextInput
                        value={form.actorAffiliation}
                        onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('actorAffiliation', e.target.value, 'newActor.affiliation')}
                      />
                      <Field.Error />
                    </Field.Root>
                  </Flex>
                ) : (
                  <ClaimFields.Claimant
                    actors={actors}
                    label={messages[canManageActors ? 'claims.new.existing-actor' : 'claims.field.claimant']}
                    value={form.claimant}
                    error={fieldErrors.claimant}
                    onChange={(id) => set('claimant', id)}
                  />
                )}
              </Flex>

              <Flex gap={4} alignItems="flex-start">
                <ClaimFields.Medium value={form.medium} error={fieldErrors.medium} onChange={(value) => set('medium', value)} style={{ flex: 1 }} />
                <Field.Root name="claimStatus" error={fieldErrors.claimStatus} style={{ flex: 1 }}>
                  <Field.Label>{formatMessage(messages['claims.new.initial-status'])}</Field.Label>
                  <SingleSelect value={form.claimStatus} onChange={(value) => set('claimStatus', value as ClaimStatus)}>
                    {CLAIM_STATUSES.map((status) => (
                      <SingleSelectOption key={status} value={status}>
                        {labels.status(status)}
                      </SingleSelectOption>
                    ))}
                  </SingleSelect>
                  <Field.Error />
                </Field.Root>
              </Flex>
              <Flex gap={2}>
                <Typography variant="pi" textColor="neutral600">
                  {formatMessage(messages['claims.new.status-preview'])}
                </Typography>
                <ClaimStatusBadge status={form.claimStatus} />
              </Flex>
              <Flex gap={4} alignItems="flex-start">
                <ClaimFields.SourceUrl value={form.sourceUrl} error={fieldErrors.sourceUrl} onChange={(value) => set('sourceUrl', value)} style={{ flex: 1 }} />
                <ClaimFields.MadeAt value={form.madeAt} error={fieldErrors.madeAt} onChange={(value) => set('madeAt', value)} style={{ flex: 1 }} />
              </Flex>
              <ClaimFields.InternalNote value={form.internalNote} error={fieldErrors.internalNote} onChange={(value) => set('internalNote', value)} />
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Button variant="tertiary" onClick={close}>
              {formatMessage(messages['claims.cancel'])}
            </Button>
            <Button type="submit" loading={submitting} disabled={!explainer}>
              {formatMessage(messages['claims.new.submit'])}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
