import { Button, Flex, Modal, Typography } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import {
  conflictOf,
  fieldErrorsOf,
  useClaimsApi,
  useErrorMessage,
  type ClaimDetail,
  type ClaimStatus,
  type ConflictDetails,
  type DeskClaim,
} from '../../api/claims';
import { CLAIM_STATUSES } from '../../constants';
import { messages } from '../../translations/messages';
import { useFormErrors } from '../common/FormErrorAlerts';
import { TextareaField } from '../common/TextareaField';
import { RadioGroupField } from '../common/RadioGroupField';
import { ClaimStatusBadge } from './ClaimLabels';
import { ConflictNotice, conflictValuesOf } from './ConflictNotice';

export interface StatusChangeDialogProps {
  /** The claim whose status changes; null closes the dialog. */
  claim: DeskClaim | null;
  onClose: () => void;
  /** The claim as saved with its new status. */
  onChanged: (claim: ClaimDetail) => void;
  /** The editor dropped their change after a conflict: the claim as someone else saved it. */
  onDiscarded?: (current: DeskClaim) => void;
}

/**
 * Change a claim's status: the new status and the reason (required by the server, whose message is
 * shown under the field), based on the version the editor saw; a conflict is shown in place.
 */
export const StatusChangeDialog = ({ claim, onClose, onChanged, onDiscarded }: StatusChangeDialogProps) => {
  const { formatMessage } = useIntl();
  const api = useClaimsApi();
  const errorMessage = useErrorMessage();
  const [status, setStatus] = React.useState<ClaimStatus | ''>('');
  const [reason, setReason] = React.useState('');
  const { fieldErrors, setFieldErrors, setFormError, clear, clearField, alerts } = useFormErrors(['reason', 'status']);
  const [conflict, setConflict] = React.useState<ConflictDetails | null>(null);
  const [submitting, setSubmitting] = React.useState(false);

  // A new claim opens a clean form.
  const claimId = claim?.documentId;
  React.useEffect(() => {
    setStatus('');
    setReason('');
    clear();
    setConflict(null);
  }, [claimId, clear]);

  const send = async (version: number) => {
    if (!claim || !status) return;
    setSubmitting(true);
    clear();
    setConflict(null);
    try {
      const saved = await api.changeStatus(claim.documentId, { version, status, reason });
      onChanged(saved);
    } catch (error) {
      const stale = conflictOf(error);
      const fields = fieldErrorsOf(error);
      if (stale) setConflict(stale);
      else if (Object.keys(fields).length > 0) setFieldErrors(fields);
      else setFormError(formatMessage(messages['claims.change-status.failed'], { message: errorMessage(error) }));
    } finally {
      setSubmitting(false);
    }
  };

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (claim) send(claim.version);
  };


  return (
    <Modal.Root open={claim !== null} onOpenChange={(open) => !open && onClose()}>
      <Modal.Content>
        {claim && (
          <form onSubmit={submit} noValidate>
            <Modal.Header closeLabel={formatMessage(messages['claims.cancel'])}>
              <Modal.Title>{formatMessage(messages['claims.change-status.title'])}</Modal.Title>
            </Modal.Header>
            <Modal.Body>
              <Flex direction="column" alignItems="stretch" gap={5}>
                <Flex direction="column" alignItems="flex-start" gap={2}>
                  <Typography variant="omega" textColor="neutral800">
                    “{claim.statement}”
                  </Typography>
                  <Flex gap={2}>
                    <Typography variant="pi" textColor="neutral600">
                      {formatMessage(messages['claims.change-status.current'])}
                    </Typography>
                    <ClaimStatusBadge status={claim.claimStatus} />
                  </Flex>
                </Flex>
                {conflict && (
                  <ConflictNotice
                    conflict={conflict}
                    mine={{ ...conflictValuesOf(claim), claimStatus: status || claim.claimStatus }}
                    description={formatMessage(messages['claims.conflict.your-status-change'], { reason: reason || '—' })}
                    busy={submitting}
                    onReapply={() => send(conflict.current.version)}
                    onDiscard={() => {
                      setConflict(null);
                      onDiscarded?.(conflict.current);
                      onClose();
                    }}
                  />
                )}
                {alerts}
                <RadioGroupField
                  name="status"
                  label={formatMessage(messages['claims.change-status.new'])}
                  value={status}
                  layout="two-columns"
                  options={CLAIM_STATUSES.map((value) => ({
                    value,
                    label: <ClaimStatusBadge status={value} />,
                    disabled: value === claim.claimStatus,
                    hint: value === claim.claimStatus ? formatMessage(messages['claims.change-status.is-current']) : undefined,
                  }))}
                  onChange={(value) => {
                    setStatus(value);
                    clearField('status');
                  }}
                  error={fieldErrors.status}
                />
                <TextareaField
                  name="reason"
                  required
                  label={formatMessage(messages['claims.change-status.reason'])}
                  hint={formatMessage(messages['claims.change-status.reason.hint'])}
                  value={reason}
                  error={fieldErrors.reason}
                  onChange={(value) => {
                    setReason(value);
                    clearField('reason');
                  }}
                />
              </Flex>
            </Modal.Body>
            <Modal.Footer>
              <Modal.Close>
                <Button variant="tertiary">{formatMessage(messages['claims.cancel'])}</Button>
              </Modal.Close>
              <Button type="submit" loading={submitting && !conflict} disabled={!status || !!conflict}>
                {formatMessage(messages['claims.change-status.submit'])}
              </Button>
            </Modal.Footer>
          </form>
        )}
      </Modal.Content>
    </Modal.Root>
  );
};
