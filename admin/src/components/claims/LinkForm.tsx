import { Alert, Box, Button, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { useClaimsApi, useErrorMessage, useRequest, type ClaimDetail, type LinkKind } from '../../api/claims';
import { CLAIM_LINK_KINDS } from '../../constants';
import { messages } from '../../translations/messages';
import { useClaimLabels } from './ClaimLabels';

/** Link this claim to another claim of the piece (the candidates are the piece's other claims, fetched here). */
export const LinkForm = ({ claim, explainer, onLinked }: { claim: ClaimDetail; explainer?: string; onLinked: () => void }) => {
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
          <Alert variant="danger" closeLabel={formatMessage(messages['errors.dismiss'])} onClose={() => setError(null)}>
            {error}
          </Alert>
        )}
        <Flex gap={3} alignItems="flex-end" wrap="wrap">
          <Field.Root name="linkKind" width="20rem">
            <Field.Label>{formatMessage(messages['claims.links.kind'])}</Field.Label>
            <SingleSelect value={kind} onChange={(value) => setKind(value as LinkKind)}>
              {CLAIM_LINK_KINDS.map((value) => (
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
