import { Flex, IconButton, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { ClaimDetail, LinkGroup, LinkKind } from '../../api/claims';
import { messages } from '../../translations/messages';
import { ClaimStatusBadge, useClaimLabels } from './ClaimLabels';
import { LinkForm } from './LinkForm';

/** Each group of links, and how to undo one: the kind, and which claim holds the link. */
const LINK_GROUPS: { group: LinkGroup; kind: LinkKind; outgoing: boolean }[] = [
  { group: 'contradicts', kind: 'contradicts', outgoing: true },
  { group: 'contradictedBy', kind: 'contradicts', outgoing: false },
  { group: 'supports', kind: 'supports', outgoing: true },
  { group: 'supportedBy', kind: 'supports', outgoing: false },
  { group: 'updates', kind: 'updates', outgoing: true },
  { group: 'updatedByClaims', kind: 'updates', outgoing: false },
];

export interface ClaimLinksProps {
  claim: ClaimDetail;
  /** The piece the claim belongs to, whose other claims the link form offers. */
  explainer?: string;
  canEdit: boolean;
  /** Another action on the claim is running: unlink buttons wait. */
  disabled: boolean;
  /** Undo one link: `outgoing` says whether this claim holds it, or `other` does. */
  onUnlink: (kind: LinkKind, other: string, outgoing: boolean) => void;
  onLinked: () => void;
}

/** The claim's links by group, each removable, and the form that adds one. */
export const ClaimLinks = ({ claim, explainer, canEdit, disabled, onUnlink, onLinked }: ClaimLinksProps) => {
  const { formatMessage } = useIntl();
  const labels = useClaimLabels();
  const groups = LINK_GROUPS.filter(({ group }) => claim.links[group].length > 0);

  return (
    <>
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
                    disabled={disabled}
                    onClick={() => onUnlink(kind, ref.documentId, outgoing)}
                  >
                    <Cross />
                  </IconButton>
                )}
              </Flex>
            ))}
          </Flex>
        ))
      )}
      {canEdit && <LinkForm claim={claim} explainer={explainer} onLinked={onLinked} />}
    </>
  );
};
