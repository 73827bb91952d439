import {
  Alert,
  Box,
  Button,
  Divider,
  Field,
  Flex,
  Grid,
  IconButton,
  Link,
  Loader,
  Modal,
  SingleSelect,
  SingleSelectOption,
  Typography,
} from '@strapi/design-system';
import { ArrowRight, CheckCircle, Cross, Pencil } from '@strapi/icons';
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
  type LinkGroup,
  type LinkKind,
  type StatusEvent,
} from '../../api/claims';
import { messages } from '../../translations/messages';
import { ChangedBadge, ClaimStatusBadge, SideBadge, StaleBadge, useClaimLabels } from './ClaimLabels';
import { ClaimEditForm } from './ClaimEditForm';
import { LastVerified } from './ClaimsTable';
import { ConflictNotice, conflictValuesOf } from './ConflictNotice';
import { StatusChangeDialog } from './StatusChangeDialog';

/** Each group of links, and how to undo one: the kind, and which claim holds the link. */
const LINK_GROUPS: { group: LinkGroup; kind: LinkKind; outgoing: boolean }[] = [
  { group: 'contradicts', kind: 'contradicts', outgoing: true },
  { group: 'contradictedBy', kind: 'contradicts', outgoing: false },
  { group: 'supports', kind: 'supports', outgoing: true },
  { group: 'supportedBy', kind: 'supports', outgoing: false },
  { group: 'updates', kind: 'updates', outgoing: true },
  { group: 'updatedByClaims', kind: 'updates', outgoing: false },
];
const LINK_KINDS: LinkKind[] = ['contradicts', 'supports', 'updates'];

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

const Detail = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="flex-start" gap={1}>
    <Typography variant="pi" fontWeight="bold" textColor="neutral600">
      {label}
    </Typography>
    <Box>{children}</Box>
  </Flex>
);

/** The status history, newest first: from → to, the reason, who and when. */
export const StatusHistory = ({ history }: { history: StatusEvent[] }) => {
  const { formatMessage, formatDate } = useIntl();
  if (history.length === 0) return <Typography textColor="neutral600">{formatMessage(messages['claims.history.empty'])}</Typography>;
  return (
    <Flex direction="column" alignItems="stretch" gap={0} tag="ol" data-testid="claim-history">
      {[...history].reverse().map((event, i) => (
        <Box
          key={`${event.changedAt}-${i}`}
          tag="li"
          paddingLeft={4}
          paddingBottom={4}
          borderColor="neutral200"
          borderStyle="solid"
          borderWidth="0 0 0 2px"
        >
          <Flex direction="column" alignItems="flex-start" gap={1}>
            <Flex gap={2} wrap="wrap">
              {event.fromStatus ? (
                <>
                  <ClaimStatusBadge status={event.fromStatus} />
                  <ArrowRight aria-label={formatMessage(messages['claims.history.to'])} width="1.2rem" height="1.2rem" />
                </>
              ) : null}
              <ClaimStatusBadge status={event.toStatus} />
            </Flex>
            <Typography textColor="neutral800">“{event.reason}”</Typography>
            <Typography variant="pi" textColor="neutral600">
              {formatMessage(messages['claims.history.by'], {
                who: event.changedByName ?? formatMessage(messages['claims.conflict.someone']),
                date: formatDate(new Date(event.changedAt), { dateStyle: 'medium', timeStyle: 'short' }),
              })}
            </Typography>
          </Flex>
        </Box>
      ))}
    </Flex>
  );
};

/** Link this claim to another claim of the piece. */
const LinkForm = ({ claim, explainer, onLinked }: { claim: ClaimDetail; explainer?: string; onLinked: () => void }) => {
  const { formatMessage } = useIntl();
  const api = useClaimsApi();
  const errorMessage = useErrorMessage();
  const labels = useClaimLabels();
  const [kind, setKind] = React.useState<LinkKind>('contradicts');
  const [target, setTarget] = React.useState<string | null>(null);
  const [error, setError] = React.useState<string | null>(null);
  const [busy, setBusy] = React.useState(false);
  const candidates = useRequest(
    () => api.listClaims({ ...(explainer ? { explainer } : {}), pageSize: 100, sort: 'statement:asc' }),
    `${explainer ?? ''}|candidates`
  );
  const options = (candidates.data?.data ?? []).filter((c) => c.documentId !== claim.documentId);

  const link = async () => {
    if (!target) return;
    setBusy(true);
    setError(null);
    try {
      await api.link(claim.documentId, kind, target);
      setTarget(null);
      onLinked();
    } catch (e) {
      setError(formatMessage(messages['claims.links.failed'], { message: errorMessage(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box background="neutral100" padding={4} hasRadius>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Typography variant="omega" fontWeight="bold">
          {formatMessage(messages['claims.links.add'])}
        </Typography>
        {error && (
          <Alert variant="danger" closeLabel={formatMessage(messages['claims.cancel'])} onClose={() => setError(null)}>
            {error}
          </Alert>
        )}
        <Flex gap={3} alignItems="flex-end" wrap="wrap">
          <Field.Root name="linkKind" width="20rem">
            <Field.Label>{formatMessage(messages['claims.links.kind'])}</Field.Label>
            <SingleSelect value={kind} onChange={(value) => setKind(value as LinkKind)}>
              {LINK_KINDS.map((value) => (
                <SingleSelectOption key={value} value={value}>
                  {labels.linkKind(value)}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
          <Field.Root name="linkTarget" style={{ flex: '1 1 24rem' }}>
            <Field.Label>{formatMessage(messages['claims.links.target'])}</Field.Label>
            <SingleSelect
              value={target}
              placeholder={formatMessage(messages['claims.links.target.placeholder'])}
              onChange={(value) => setTarget(String(value))}
              loading={candidates.isLoading}
            >
              {options.map((option) => (
                <SingleSelectOption key={option.documentId} value={option.documentId}>
                  {option.statement}
                </SingleSelectOption>
              ))}
            </SingleSelect>
          </Field.Root>
          <Button variant="secondary" onClick={link} loading={busy} disabled={!target}>
            {formatMessage(messages['claims.links.submit'])}
          </Button>
        </Flex>
      </Flex>
    </Box>
  );
};

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
  const { formatMessage, formatDate } = useIntl();
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
  const groups = claim ? LINK_GROUPS.filter(({ group }) => claim.links[group].length > 0) : [];

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
                  <Alert variant="danger" closeLabel={formatMessage(messages['claims.cancel'])} onClose={() => setError(null)}>
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
                <>
                  <Grid.Root gap={4} gridCols={3}>
                    <Grid.Item col={1} s={3} direction="column" alignItems="stretch">
                      <Detail label={formatMessage(messages['claims.field.claimant'])}>
                        {claim.claimant ? (
                          <Flex direction="column" alignItems="flex-start" gap={1}>
                            <Typography fontWeight="semiBold">{claim.claimant.name}</Typography>
                            <Flex gap={1}>
                              <SideBadge side={claim.claimant.side} />
                              <Typography variant="pi" textColor="neutral600">
                                {labels.actorKind(claim.claimant.kind)}
                                {claim.claimant.affiliation ? ` · ${claim.claimant.affiliation}` : ''}
                              </Typography>
                            </Flex>
                          </Flex>
                        ) : (
                          <Typography textColor="neutral500">{formatMessage(messages['claims.no-claimant'])}</Typography>
                        )}
                      </Detail>
                    </Grid.Item>
                    <Grid.Item col={1} s={3} direction="column" alignItems="stretch">
                      <Detail label={formatMessage(messages['claims.field.medium'])}>
                        <Typography>{labels.medium(claim.medium)}</Typography>
                      </Detail>
                    </Grid.Item>
                    <Grid.Item col={1} s={3} direction="column" alignItems="stretch">
                      <Detail label={formatMessage(messages['claims.field.made-at'])}>
                        <Typography>
                          {claim.madeAt
                            ? formatDate(new Date(claim.madeAt), { dateStyle: 'medium', timeStyle: 'short' })
                            : formatMessage(messages['claims.empty-value'])}
                        </Typography>
                      </Detail>
                    </Grid.Item>
                    <Grid.Item col={1} s={3} direction="column" alignItems="stretch">
                      <Detail label={formatMessage(messages['claims.field.source-url'])}>
                        {claim.sourceUrl ? (
                          <Link href={claim.sourceUrl} isExternal style={{ wordBreak: 'break-all' }}>
                            {claim.sourceUrl}
                          </Link>
                        ) : (
                          <Typography>{formatMessage(messages['claims.empty-value'])}</Typography>
                        )}
                      </Detail>
                    </Grid.Item>
                    <Grid.Item col={1} s={3} direction="column" alignItems="stretch">
                      <Detail label={formatMessage(messages['claims.col.last-verified'])}>
                        <LastVerified at={claim.lastVerifiedAt} />
                      </Detail>
                    </Grid.Item>
                    <Grid.Item col={1} s={3} direction="column" alignItems="stretch">
                      <Detail label={formatMessage(messages['claims.field.last-edited'])}>
                        <Typography>
                          {formatMessage(messages['claims.last-edited'], {
                            who: claim.lastEditedBy ?? formatMessage(messages['claims.conflict.someone']),
                            date: formatDate(new Date(claim.updatedAt), { dateStyle: 'medium', timeStyle: 'short' }),
                          })}
                        </Typography>
                      </Detail>
                    </Grid.Item>
                  </Grid.Root>

                  <Box
                    background="neutral100"
                    borderColor="neutral200"
                    borderStyle="dashed"
                    borderWidth="1px"
                    hasRadius
                    padding={4}
                    data-testid="claim-internal-note"
                  >
                    <Flex direction="column" alignItems="stretch" gap={2}>
                      <Flex gap={2}>
                        <Typography variant="sigma" textColor="neutral700">
                          {formatMessage(messages['claims.field.internal-note'])}
                        </Typography>
                        <Typography variant="pi" textColor="neutral600">
                          {formatMessage(messages['claims.internal-note.hint'])}
                        </Typography>
                      </Flex>
                      {claim.internalNote ? (
                        <Typography style={{ whiteSpace: 'pre-wrap' }}>{claim.internalNote}</Typography>
                      ) : (
                        <Typography textColor="neutral500" style={{ fontStyle: 'italic' }}>
                          {formatMessage(messages['claims.internal-note.empty'])}
                        </Typography>
                      )}
                    </Flex>
                  </Box>
                </>
              )}

              <Divider />
              <Section title={formatMessage(messages['claims.links.title'])}>
                {groups.length === 0 ? (
                  <Typography textColor="neutral600">{formatMessage(messages['claims.links.empty'])}</Typography>
                ) : (
                  groups.map(({ group, kind, outgoing }) => (
                    <Flex key={group} direction="column" alignItems="stretch" gap={2} data-testid={`links-${group}`}>
                      <Typography variant="omega" fontWeight="bold">
                        {labels.linkGroup(group)}
                      </Typography>
                      {claim.links[group].map((ref) => (
                        <Flex key={ref.documentId} gap={2} justifyContent="space-between" background="neutral100" padding={2} hasRadius>
                          <Flex gap={2}>
                            <ClaimStatusBadge status={ref.claimStatus} />
                            <Typography>{ref.statement}</Typography>
                          </Flex>
                          {canEdit && (
                            <IconButton
                              label={formatMessage(messages['claims.links.remove'], { statement: ref.statement })}
                              variant="ghost"
                              disabled={busy !== null}
                              onClick={() => unlink(claim, kind, ref.documentId, outgoing)}
                            >
                              <Cross />
                            </IconButton>
                          )}
                        </Flex>
                      ))}
                    </Flex>
                  ))
                )}
                {canEdit && (
                  <LinkForm claim={claim} explainer={explainer} onLinked={() => saved(formatMessage(messages['claims.links.added']))} />
                )}
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
