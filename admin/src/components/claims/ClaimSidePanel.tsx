import { Alert, Button, Divider, Flex, Loader, Modal, Typography } from '@strapi/design-system';
import { CheckCircle, Pencil } from '@strapi/icons';
import * as React from 'react';
import { useIntl } from 'react-intl';
import {
  conflictOf,
  useClaimsApi,
  useErrorMessage,
  useRequest,
  type ClaimDetail,
  type ConflictDetails,
  type DeskActor,
  type DeskClaim,
  type LinkKind,
} from '../../api/claims';
import { messages } from '../../translations/messages';
import { ClaimDetails } from './ClaimDetails';
import { ChangedBadge, ClaimStatusBadge, StaleBadge, useClaimLabels } from './ClaimLabels';
import { ClaimEditForm } from './ClaimEditForm';
import { ClaimLinks } from './ClaimLinks';
import { ConflictNotice, conflictValuesOf } from './ConflictNotice';
import { StatusChangeDialog } from './StatusChangeDialog';
import { StatusHistory } from './StatusHistory';

export type Notify = (type: 'success' | 'danger' | 'warning' | 'info', message: string) => void;

export interface ClaimSidePanelProps {
  /** The claim shown; null closes the panel. */
  documentId: string | null;
  /** The piece the claim belongs to (absent: the default piece), for "Link a claim". */
  explainer?: string;
  actors: DeskActor[];
  staleHours: number;
  canEdit: boolean;
  canChangeStatus: boolean;
  onClose: () => void;
  /** Something was saved: the list refreshes. */
  onChanged: () => void;
  notify: Notify;
}

const Section = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={3} tag="section" aria-label={title}>
    <Typography variant="sigma" textColor="neutral600" tag="h3">
      {title}
    </Typography>
    {children}
  </Flex>
);

/** Everything about one claim: details, internal note, links, history, and the desk's actions on it. */
export const ClaimSidePanel = ({
  documentId,
  explainer,
  actors,
  staleHours,
  canEdit,
  canChangeStatus,
  onClose,
  onChanged,
  notify,
}: ClaimSidePanelProps) => {
  const { formatMessage } = useIntl();
  const api = useClaimsApi();
  const errorMessage = useErrorMessage();
  const labels = useClaimLabels();
  const detail = useRequest(() => api.getClaim(documentId!), documentId);
  const [editing, setEditing] = React.useState(false);
  const [changingStatus, setChangingStatus] = React.useState<DeskClaim | null>(null);
  const [verifyConflict, setVerifyConflict] = React.useState<ConflictDetails | null>(null);
  const [busy, setBusy] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);

  React.useEffect(() => {
    setEditing(false);
    setVerifyConflict(null);
    setError(null);
  }, [documentId]);

  const saved = (message: string) => {
    detail.refetch();
    onChanged();
    notify('success', message);
  };

  const verify = async (version: number) => {
    if (!detail.data) return;
    setBusy('verify');
    setError(null);
    setVerifyConflict(null);
    try {
      await api.markVerified(detail.data.documentId, version);
      saved(formatMessage(messages['claims.verify.done']));
    } catch (e) {
      const stale = conflictOf(e);
      if (stale) setVerifyConflict(stale);
      else setError(formatMessage(messages['claims.verify.failed'], { message: errorMessage(e) }));
    } finally {
      setBusy(null);
    }
  };

  const unlink = async (claim: ClaimDetail, kind: LinkKind, other: string, outgoing: boolean) => {
    setBusy(`unlink-${other}`);
    setError(null);
    try {
      if (outgoing) await api.unlink(claim.documentId, kind, other);
      else await api.unlink(other, kind, claim.documentId);
      saved(formatMessage(messages['claims.links.removed']));
    } catch (e) {
      setError(formatMessage(messages['claims.links.failed'], { message: errorMessage(e) }));
    } finally {
      setBusy(null);
    }
  };

  const claim = detail.data;

  return (
    <Modal.Root open={documentId !== null} onOpenChange={(open) => !open && onClose()}>
      <Modal.Content style={{ maxWidth: '96rem', width: '100%' }}>
        <Modal.Header closeLabel={formatMessage(messages['claims.close'])}>
          <Modal.Title>{formatMessage(messages['claims.panel.title'])}</Modal.Title>
        </Modal.Header>
        <Modal.Body>
          {detail.error && !claim ? (
            <Typography textColor="danger600">{errorMessage(detail.error)}</Typography>
          ) : !claim ? (
            <Flex justifyContent="center" padding={8}>
              <Loader small>{formatMessage(messages['claims.loading'])}</Loader>
            </Flex>
          ) : (
            <Flex direction="column" alignItems="stretch" gap={6}>
              <Flex direction="column" alignItems="stretch" gap={3}>
                <Flex gap={2} wrap="wrap">
                  <ClaimStatusBadge status={claim.claimStatus} />
                  {claim.stale && <StaleBadge hours={staleHours} />}
                  {claim.changedSincePublish && <ChangedBadge />}
                  <Typography variant="pi" textColor="neutral600">
                    {formatMessage(messages['claims.version'], { version: claim.version })}
                  </Typography>
                </Flex>
                <Typography variant="beta" tag="p" textColor="neutral800">
                  “{claim.statement}”
                </Typography>
                {!editing && (canEdit || canChangeStatus) && (
                  <Flex gap={2} wrap="wrap">
                    {canChangeStatus && (
                      <Button variant="secondary" onClick={() => setChangingStatus(claim)}>
                        {formatMessage(messages['claims.change-status'])}
                      </Button>
                    )}
                    {canEdit && (
                      <>
                        <Button variant="secondary" startIcon={<CheckCircle />} loading={busy === 'verify'} onClick={() => verify(claim.version)}>
                          {formatMessage(messages['claims.verify'])}
                        </Button>
                        <Button variant="tertiary" startIcon={<Pencil />} onClick={() => setEditing(true)}>
                          {formatMessage(messages['claims.edit'])}
                        </Button>
                      </>
                    )}
                  </Flex>
                )}
                {error && (
                  <Alert variant="danger" closeLabel={formatMessage(messages['errors.dismiss'])} onClose={() => setError(null)}>
                    {error}
                  </Alert>
                )}
                {verifyConflict && (
                  <ConflictNotice
                    conflict={verifyConflict}
                    mine={conflictValuesOf(claim)}
                    description={formatMessage(messages['claims.conflict.your-verify'])}
                    busy={busy === 'verify'}
                    onReapply={() => verify(verifyConflict.current.version)}
                    onDiscard={() => {
                      setVerifyConflict(null);
                      detail.refetch();
                      onChanged();
                    }}
                  />
                )}
              </Flex>

              {editing ? (
                <ClaimEditForm
                  claim={claim}
                  actors={actors}
                  onCancel={() => setEditing(false)}
                  onSaved={() => {
                    setEditing(false);
                    saved(formatMessage(messages['claims.edit.saved']));
                  }}
                  onDiscarded={() => {
                    setEditing(false);
                    detail.refetch();
                    onChanged();
                  }}
                />
              ) : (
                <ClaimDetails claim={claim} />
              )}

              <Divider />
              <Section title={formatMessage(messages['claims.links.title'])}>
                <ClaimLinks
                  claim={claim}
                  explainer={explainer}
                  canEdit={canEdit}
                  disabled={busy !== null}
                  onUnlink={(kind, other, outgoing) => unlink(claim, kind, other, outgoing)}
                  onLinked={() => saved(formatMessage(messages['claims.links.added']))}
                />
              </Section>

              <Divider />
              <Section title={formatMessage(messages['claims.history.title'])}>
                <StatusHistory history={claim.history} />
              </Section>
            </Flex>
          )}
        </Modal.Body>
        <Modal.Footer>
          <Modal.Close>
            <Button variant="tertiary">{formatMessage(messages['claims.close'])}</Button>
          </Modal.Close>
        </Modal.Footer>
      </Modal.Content>
      <StatusChangeDialog
        claim={changingStatus}
        onClose={() => setChangingStatus(null)}
        onChanged={(updated) => {
          setChangingStatus(null);
          saved(formatMessage(messages['claims.change-status.done'], { status: labels.status(updated.claimStatus) }));
        }}
        onDiscarded={() => {
          detail.refetch();
          onChanged();
        }}
      />
    </Modal.Root>
  );
};
