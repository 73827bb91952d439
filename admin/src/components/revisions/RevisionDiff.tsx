import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { RevisionComparison, SnapshotContent } from '../../api/types';
import type { SnapshotImage, SnapshotSection } from '../../../../shared/contracts/snapshot';
import { messages } from '../../translations/messages';
import { diffLines, diffWords, lookupsOf, sectionLines, sideOf, type DiffPart, type LineChange } from '../../utils/text';
import { isEmptySummary } from './ChangeSummaryList';
import { useLabels } from '../common/labels';

/** Words removed (struck through, red) and added (green) within one text. */
const Marked = ({ parts, show }: { parts: DiffPart[]; show: 'before' | 'after' }) => (
  <>
    {sideOf(parts, show).map((part, i) => {
      if (part.kind === 'same') return <React.Fragment key={i}>{part.text}</React.Fragment>;
      if (show === 'before' && part.kind === 'removed')
        return (
          <Typography key={i} tag="del" background="danger200" textColor="danger700" textDecoration="line-through">
            {part.text}
          </Typography>
        );
      if (show === 'after' && part.kind === 'added')
        return (
          <Typography key={i} tag="ins" background="success200" textColor="success700" textDecoration="none" fontWeight="semiBold">
            {part.text}
          </Typography>
        );
      return null;
    })}
  </>
);

/** One paragraph in a before/after panel: red border for what went, green for what came. */
const Paragraph = ({ tone, label, children }: { tone: 'before' | 'after' | 'same'; label?: string; children: React.ReactNode }) => {
  const colors = {
    before: { border: 'danger200', background: 'danger100' },
    after: { border: 'success200', background: 'success100' },
    same: { border: 'neutral200', background: 'neutral0' },
  }[tone];
  return (
    <Box
      paddingTop={2}
      paddingBottom={2}
      paddingLeft={3}
      paddingRight={3}
      hasRadius
      borderStyle="solid"
      borderWidth="1px"
      borderColor={colors.border as any}
      background={tone === 'same' ? 'neutral0' : (colors.background as any)}
      data-tone={tone}
    >
      {label && (
        <Typography variant="sigma" textColor={tone === 'before' ? 'danger700' : 'success700'} tag="p">
          {label}
        </Typography>
      )}
      <Typography variant="omega" textColor="neutral800" tag="p" style={{ whiteSpace: 'pre-wrap' }}>
        {children}
      </Typography>
    </Box>
  );
};

/** A before/after pair for a changed text, with the changed words marked. */
const BeforeAfter = ({ before, after }: { before: string; after: string }) => {
  const { formatMessage } = useIntl();
  const parts = diffWords(before, after);
  return (
    <Flex direction="column" alignItems="stretch" gap={1}>
      <Paragraph tone="before" label={formatMessage(messages['compare.before'])}>
        <Marked parts={parts} show="before" />
      </Paragraph>
      <Paragraph tone="after" label={formatMessage(messages['compare.after'])}>
        <Marked parts={parts} show="after" />
      </Paragraph>
    </Flex>
  );
};

const LineChanges = ({ changes }: { changes: LineChange[] }) => {
  const { formatMessage } = useIntl();
  // Runs of unchanged paragraphs collapse to one line, so the change stands out.
  const rows: React.ReactNode[] = [];
  let unchanged = 0;
  const flush = (key: string) => {
    if (unchanged > 0) {
      rows.push(
        <Typography key={key} variant="pi" textColor="neutral500" style={{ fontStyle: 'italic' }}>
          {formatMessage(messages['compare.unchanged-paragraphs'], { count: unchanged })}
        </Typography>
      );
    }
    unchanged = 0;
  };
  changes.forEach((change, i) => {
    if (change.kind === 'same') {
      unchanged++;
      return;
    }
    flush(`u${i}`);
    if (change.kind === 'changed') rows.push(<BeforeAfter key={i} before={change.before} after={change.after} />);
    else if (change.kind === 'removed')
      rows.push(
        <Paragraph key={i} tone="before" label={formatMessage(messages['compare.section-removed'])}>
          {change.text}
        </Paragraph>
      );
    else
      rows.push(
        <Paragraph key={i} tone="after" label={formatMessage(messages['compare.section-added'])}>
          {change.text}
        </Paragraph>
      );
  });
  flush('u-end');
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      {rows}
    </Flex>
  );
};

const Heading = ({ children }: { children: React.ReactNode }) => (
  <Typography variant="delta" tag="h3" textColor="neutral800">
    {children}
  </Typography>
);

const Group = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={3} tag="section" aria-label={title}>
    <Heading>{title}</Heading>
    {children}
  </Flex>
);

const imageText = (image: SnapshotImage | null) => (image ? [image.caption, image.credit, image.altText].filter(Boolean).join(' — ') : '');

const fieldText = (content: SnapshotContent, field: string): string => {
  if (field === 'heroImage') return imageText(content.heroImage);
  const value = (content as unknown as Record<string, unknown>)[field];
  return value === null || value === undefined ? '' : String(value);
};

/**
 * A readable diff of two revisions: fields with before/after text, sections added, removed and
 * edited (with the changed paragraphs before and after), claim status changes, maps updated.
 */
export const RevisionDiff = ({ comparison }: { comparison: RevisionComparison }) => {
  const { formatMessage } = useIntl();
  const labels = useLabels();
  const { from, to, summary, left, right } = comparison;
  const format = (descriptor: { id: string; defaultMessage: string }, values?: Record<string, string>) => formatMessage(descriptor, values);
  const leftLookups = lookupsOf(left);
  const rightLookups = lookupsOf(right);
  const question = (section: SnapshotSection) => section.question ?? formatMessage(messages['summary.introduction']);
  const empty = formatMessage(messages['field.empty']);

  const leftSections = new Map(left.sections.map((s) => [s.id, s]));
  const rightSections = new Map(right.sections.map((s) => [s.id, s]));
  const added = right.sections.filter((s) => !leftSections.has(s.id));
  const removed = left.sections.filter((s) => !rightSections.has(s.id));
  const edited = right.sections
    .filter((s) => leftSections.has(s.id))
    .map((s) => ({
      section: s,
      changes: diffLines(sectionLines(leftSections.get(s.id)!, leftLookups, format), sectionLines(s, rightLookups, format)),
    }))
    .filter(({ changes }) => changes.some((c) => c.kind !== 'same'));
  const leftMaps = new Map(left.maps.map((m) => [m.id, m]));

  return (
    <Flex direction="column" alignItems="stretch" gap={6} data-testid="revision-diff">
      <Typography variant="beta" tag="h2">
        {formatMessage(messages['compare.heading'], { from, to })}
      </Typography>

      {isEmptySummary(summary) && edited.length === 0 && (
        <Typography variant="omega" textColor="neutral600">
          {formatMessage(messages['compare.same'])}
        </Typography>
      )}

      {summary.fieldsChanged.length > 0 && (
        <Group title={formatMessage(messages['summary.fields'])}>
          {summary.fieldsChanged.map((field) => (
            <Flex key={field} direction="column" alignItems="stretch" gap={1}>
              <Typography variant="sigma" textColor="neutral600">
                {labels.field(field)}
              </Typography>
              <BeforeAfter before={fieldText(left, field) || empty} after={fieldText(right, field) || empty} />
            </Flex>
          ))}
        </Group>
      )}

      {(added.length > 0 || removed.length > 0 || edited.length > 0) && (
        <Group title={formatMessage(messages['compare.sections'])}>
          {edited.map(({ section, changes }) => (
            <Flex key={section.id} direction="column" alignItems="stretch" gap={2}>
              <Flex gap={2}>
                <Badge>{formatMessage(messages['compare.section-edited'])}</Badge>
                <Typography fontWeight="bold">{question(section)}</Typography>
              </Flex>
              <LineChanges changes={changes} />
            </Flex>
          ))}
          {added.map((section) => (
            <Flex key={section.id} direction="column" alignItems="stretch" gap={2}>
              <Flex gap={2}>
                <Badge variant="success">{formatMessage(messages['compare.section-added'])}</Badge>
                <Typography fontWeight="bold">{question(section)}</Typography>
              </Flex>
              {sectionLines(section, rightLookups, format).map((line, i) => (
                <Paragraph key={i} tone="after">
                  {line}
                </Paragraph>
              ))}
            </Flex>
          ))}
          {removed.map((section) => (
            <Flex key={section.id} direction="column" alignItems="stretch" gap={2}>
              <Flex gap={2}>
                <Badge variant="danger">{formatMessage(messages['compare.section-removed'])}</Badge>
                <Typography fontWeight="bold">{question(section)}</Typography>
              </Flex>
              {sectionLines(section, leftLookups, format).map((line, i) => (
                <Paragraph key={i} tone="before">
                  {line}
                </Paragraph>
              ))}
            </Flex>
          ))}
        </Group>
      )}

      {summary.claimsStatusChanged.length > 0 && (
        <Group title={formatMessage(messages['summary.claims-status'])}>
          {summary.claimsStatusChanged.map((change) => (
            <Flex key={change.id} gap={3} alignItems="flex-start">
              <Flex gap={1} shrink={0}>
                <Badge variant="danger">{labels.claimStatus(change.from)}</Badge>
                <Typography aria-hidden>→</Typography>
                <Badge variant="success">{labels.claimStatus(change.to)}</Badge>
              </Flex>
              <Typography variant="omega">{change.statement}</Typography>
            </Flex>
          ))}
        </Group>
      )}

      {summary.claimsAdded.length > 0 && (
        <Group title={formatMessage(messages['summary.claims-added'])}>
          {summary.claimsAdded.map((statement, i) => (
            <Paragraph key={i} tone="after">
              {statement}
            </Paragraph>
          ))}
        </Group>
      )}
      {summary.claimsRemoved.length > 0 && (
        <Group title={formatMessage(messages['summary.claims-removed'])}>
          {summary.claimsRemoved.map((statement, i) => (
            <Paragraph key={i} tone="before">
              {statement}
            </Paragraph>
          ))}
        </Group>
      )}

      {summary.mapsUpdated.length > 0 && (
        <Group title={formatMessage(messages['summary.maps-updated'])}>
          {summary.mapsUpdated.map((map) => {
            const before = leftMaps.get(map.id);
            return (
              <Flex key={map.id} gap={2} wrap="wrap">
                <Typography fontWeight="bold">{map.title}</Typography>
                <Typography textColor="neutral600">
                  {before
                    ? formatMessage(messages['compare.map-as-of'], { before: before.asOf, after: map.asOf })
                    : formatMessage(messages['compare.map-new'], { asOf: map.asOf })}
                </Typography>
              </Flex>
            );
          })}
        </Group>
      )}

      {summary.imagesChanged > 0 && (
        <Typography variant="omega">{formatMessage(messages['summary.images-changed'], { count: summary.imagesChanged })}</Typography>
      )}
    </Flex>
  );
};
