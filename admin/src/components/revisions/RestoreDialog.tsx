import { Box, Button, Dialog, Flex, Link, Loader, Typography } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { useErrorMessage, useRequest, useRevisionsApi, type NotRestoredItem } from '../../api/revisions';
import { claimsPath, mapEditPath } from '../../constants';
import { messages } from '../../translations/messages';
import { useLabels } from '../common/labels';

export interface RestoreDialogProps {
  documentId: string;
  /** The revision to restore; null closes the dialog. */
  number: number | null;
  restoring: boolean;
  onCancel: () => void;
  onConfirm: (number: number) => void;
}

const claimDeskPath = (explainer: string, claim: string) =>
  `${claimsPath}?${new URLSearchParams({ explainer, claim }).toString()}`;

/** One claim or map of the revision that the restore leaves as it is now, as a sentence. */
const NotRestoredLine = ({ item, number, documentId }: { item: NotRestoredItem; number: number; documentId: string }) => {
  const { formatMessage, formatDate } = useIntl();
  const labels = useLabels();
  const day = (iso: string) => formatDate(new Date(`${iso}T00:00:00Z`), { dateStyle: 'medium', timeZone: 'UTC' });
  const link = (to: string) => (chunks: React.ReactNode[]) => (
    <Link tag={NavLink} to={to}>
      {chunks}
    </Link>
  );

  let text: React.ReactNode;
  if (item.kind === 'claim') {
    const values = { label: item.label, number, link: link(claimDeskPath(documentId, item.documentId)) };
    if (item.deleted) text = formatMessage(messages['restore.not-restored.claim-deleted'], values);
    else if (item.changed.includes('status'))
      text = formatMessage(messages['restore.not-restored.claim-status'], {
        ...values,
        then: labels.claimStatus(item.then),
        now: labels.claimStatus(item.now),
        reworded: item.changed.includes('statement') ? 'yes' : 'no',
      });
    else if (item.changed.includes('statement')) text = formatMessage(messages['restore.not-restored.claim-reworded'], values);
    else text = formatMessage(messages['restore.not-restored.claim-details'], values);
  } else {
    const values = { title: item.title, number, link: link(mapEditPath(item.documentId)) };
    if (item.deleted || !item.nowAsOf) text = formatMessage(messages['restore.not-restored.map-deleted'], values);
    else if (item.changed.includes('asOf'))
      text = formatMessage(messages['restore.not-restored.map-as-of'], {
        ...values,
        then: day(item.thenAsOf),
        now: day(item.nowAsOf),
        redrawn: item.changed.includes('geojson') ? 'yes' : 'no',
      });
    else if (item.changed.includes('geojson')) text = formatMessage(messages['restore.not-restored.map-redrawn'], { ...values, now: day(item.nowAsOf) });
    else text = formatMessage(messages['restore.not-restored.map-details'], values);
  }
  return (
    <Typography tag="li" variant="omega" textColor="neutral800">
      {text}
    </Typography>
  );
};

/**
 * "Restore as draft" confirmation: the revision's own fields, body and list of claims replace the
 * draft; nothing is published. Claims and maps are shared, live records that a restore cannot
 * rewind, so the dialog first asks the server which of the revision's claims and maps differ now
 * and lists them. If that check fails, restoring is still allowed, with the limitation stated.
 */
export const RestoreDialog = ({ documentId, number, restoring, onCancel, onConfirm }: RestoreDialogProps) => {
  const { formatMessage } = useIntl();
  const api = useRevisionsApi();
  const errorMessage = useErrorMessage();
  const introId = React.useId();
  const preview = useRequest(() => api.restorePreview(documentId, number!), number === null ? null : `${documentId}|${number}`);
  const notRestored = preview.data?.notRestored ?? [];
  const checking = number !== null && preview.isLoading && !preview.data;

  return (
    <Dialog.Root open={number !== null} onOpenChange={(open) => !open && onCancel()}>
      <Dialog.Content>
        <Dialog.Header>{formatMessage(messages['restore.title'])}</Dialog.Header>
        <Dialog.Body>
          <Flex direction="column" alignItems="stretch" gap={4} width="100%">
            <Typography textAlign="center">{formatMessage(messages['restore.body'], { number: number ?? 0 })}</Typography>
            {checking ? (
              <Flex gap={2} justifyContent="center">
                <Loader small />
                <Typography variant="pi" textColor="neutral600">
                  {formatMessage(messages['restore.not-restored.loading'], { number: number ?? 0 })}
                </Typography>
              </Flex>
            ) : preview.error ? (
              <Box background="warning100" borderColor="warning200" borderStyle="solid" borderWidth="1px" hasRadius padding={3} role="alert">
                <Typography variant="omega" textColor="warning700">
                  {formatMessage(messages['restore.not-restored.failed'], { number: number ?? 0, message: errorMessage(preview.error) })}
                </Typography>
              </Box>
            ) : notRestored.length > 0 && number !== null ? (
              <Box
                tag="section"
                aria-labelledby={introId}
                background="warning100"
                borderColor="warning200"
                borderStyle="solid"
                borderWidth="1px"
                hasRadius
                padding={4}
                style={{ maxHeight: '40vh', overflowY: 'auto' }}
              >
                <Flex direction="column" alignItems="stretch" gap={2}>
                  <Typography id={introId} variant="omega" fontWeight="semiBold" textColor="neutral800">
                    {formatMessage(messages['restore.not-restored.intro'])}
                  </Typography>
                  <Flex tag="ul" direction="column" alignItems="stretch" gap={2} paddingLeft={4} style={{ listStyle: 'disc' }}>
                    {notRestored.map((item) => (
                      <NotRestoredLine key={`${item.kind}-${item.documentId}`} item={item} number={number} documentId={documentId} />
                    ))}
                  </Flex>
                </Flex>
              </Box>
            ) : null}
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary">
              {formatMessage(messages['restore.cancel'])}
            </Button>
          </Dialog.Cancel>
          <Button
            fullWidth
            variant="danger-light"
            loading={restoring}
            // Wait for the check so the editor reads the list first; a failed check does not block.
            disabled={checking}
            onClick={() => number !== null && onConfirm(number)}
          >
            {formatMessage(messages['restore.confirm'])}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
