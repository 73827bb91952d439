import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import type { SnapshotContent } from '../../api/types';
import type { ClaimStatus, SnapshotBlock } from '../../../../shared/contracts/snapshot';
import { messages } from '../../translations/messages';
import { lookupsOf, richTextParagraphs, type BlockLookups } from '../../utils/text';
import { useLabels } from '../common/labels';

const STATUS_VARIANTS: Record<ClaimStatus, 'neutral' | 'warning' | 'danger' | 'success' | 'secondary'> = {
  unverified: 'neutral',
  disputed: 'warning',
  denied: 'danger',
  corroborated: 'secondary',
  confirmed: 'success',
  false: 'danger',
  retracted: 'neutral',
};

export const ClaimStatusBadge = ({ status }: { status: ClaimStatus }) => {
  const labels = useLabels();
  return (
    <Flex shrink={0}>
      <Badge variant={STATUS_VARIANTS[status] ?? 'neutral'}>{labels.claimStatus(status)}</Badge>
    </Flex>
  );
};

const Aside = ({ children }: { children: React.ReactNode }) => (
  <Box background="neutral100" padding={3} hasRadius borderColor="neutral200" borderStyle="solid" borderWidth="1px">
    {children}
  </Box>
);

const Block = ({ block, lookups }: { block: SnapshotBlock; lookups: BlockLookups }) => {
  const { formatMessage } = useIntl();
  switch (block.type) {
    case 'text':
      return (
        <>
          {richTextParagraphs(block.content).map((paragraph, i) => (
            <Typography key={i} tag="p" variant="omega" textColor="neutral800">
              {paragraph}
            </Typography>
          ))}
        </>
      );
    case 'image':
      return (
        <Aside>
          <Typography variant="pi" textColor="neutral700">
            {formatMessage(messages['diff.block.image'], { caption: block.image.caption ?? block.image.altText, credit: block.image.credit })}
          </Typography>
        </Aside>
      );
    case 'map': {
      const map = lookups.maps.get(block.mapId);
      return (
        <Aside>
          <Typography variant="pi" textColor="neutral700">
            {formatMessage(messages['diff.block.map'], {
              title: map?.title ?? block.mapId,
              asOf: map?.asOf ?? '?',
              source: map?.sourceLine ?? '?',
            })}
          </Typography>
        </Aside>
      );
    }
    case 'claim': {
      const claim = lookups.claims.get(block.claimId);
      if (!claim) return null;
      const claimant = claim.claimantId ? lookups.actors.get(claim.claimantId) : null;
      return (
        <Aside>
          <Flex gap={2} alignItems="flex-start">
            <ClaimStatusBadge status={claim.status} />
            <Typography variant="omega" textColor="neutral800">
              {claimant && <Typography fontWeight="bold">{claimant}: </Typography>}
              {claim.statement}
            </Typography>
          </Flex>
        </Aside>
      );
    }
    case 'quote': {
      const by = block.attribution ?? (block.speakerId ? lookups.actors.get(block.speakerId) : null);
      return (
        <Box paddingLeft={4} borderColor="neutral300" borderStyle="none none none solid" borderWidth="0 0 0 3px">
          <Typography tag="p" variant="omega" style={{ fontStyle: 'italic' }}>
            {formatMessage(messages['diff.block.quote'], { text: block.text, attribution: by ? ` — ${by}` : '' })}
          </Typography>
        </Box>
      );
    }
    default:
      return null;
  }
};

/** A revision's public content, as an editor reads it: sections with their questions, claims, maps. */
export const SnapshotView = ({ content }: { content: SnapshotContent }) => {
  const { formatMessage } = useIntl();
  const lookups = lookupsOf(content);
  return (
    <Flex direction="column" alignItems="stretch" gap={5} data-testid="snapshot-view">
      <Flex direction="column" alignItems="stretch" gap={2}>
        <Typography variant="alpha" tag="h2">
          {content.title}
        </Typography>
        {content.standfirst && (
          <Typography variant="epsilon" tag="p" textColor="neutral700">
            {content.standfirst}
          </Typography>
        )}
        <Typography variant="pi" textColor="neutral600">
          {[
            content.place,
            content.topic,
            formatMessage(messages[content.situationStatus === 'settled' ? 'snapshot.situation.settled' : 'snapshot.situation.developing']),
            content.byline ? formatMessage(messages['snapshot.byline'], { byline: content.byline }) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Typography>
        {content.heroImage && (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(messages['snapshot.hero'], {
              caption: content.heroImage.caption ?? content.heroImage.altText,
              credit: content.heroImage.credit,
            })}
          </Typography>
        )}
      </Flex>

      {content.sections.map((section) => (
        <Flex key={section.id} direction="column" alignItems="stretch" gap={3} tag="section">
          {section.question && (
            <Typography variant="delta" tag="h3">
              {section.question}
            </Typography>
          )}
          {section.blocks.map((block, i) => (
            <Block key={i} block={block} lookups={lookups} />
          ))}
        </Flex>
      ))}

      {content.claims.length > 0 && (
        <Flex direction="column" alignItems="stretch" gap={2} tag="section">
          <Typography variant="delta" tag="h3">
            {formatMessage(messages['snapshot.claims'])}
          </Typography>
          {content.claims.map((claim) => (
            <Flex key={claim.id} gap={2} alignItems="flex-start">
              <ClaimStatusBadge status={claim.status} />
              <Typography variant="omega">
                {claim.claimantId && lookups.actors.get(claim.claimantId) && (
                  <Typography fontWeight="bold">{lookups.actors.get(claim.claimantId)}: </Typography>
                )}
                {claim.statement}
              </Typography>
            </Flex>
          ))}
        </Flex>
      )}

      {content.maps.length > 0 && (
        <Flex direction="column" alignItems="stretch" gap={2} tag="section">
          <Typography variant="delta" tag="h3">
            {formatMessage(messages['snapshot.maps'])}
          </Typography>
          {content.maps.map((map) => (
            <Typography key={map.id} variant="omega">
              {formatMessage(messages['snapshot.map'], { title: map.title, asOf: map.asOf, source: map.sourceLine })}
            </Typography>
          ))}
        </Flex>
      )}
    </Flex>
  );
};
