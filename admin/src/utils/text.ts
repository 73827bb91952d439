/**
 * Plain-text views of snapshot content and a small word/paragraph diff, so editors read a change
 * as prose ("before" / "after" paragraphs with the changed words marked), not as JSON.
 */
import type {
  RichTextNode,
  SnapshotBlock,
  SnapshotClaim,
  SnapshotContent,
  SnapshotMap,
  SnapshotSection,
} from '../../../shared/contracts/snapshot';
import { messages } from '../translations/messages';

/** The text of one rich-text node and its children. */
export const nodeText = (node: RichTextNode): string => {
  if (typeof node.text === 'string') return node.text;
  return (node.children ?? []).map(nodeText).join('');
};

/** One readable line per paragraph, heading, quote or list item of a rich-text block. */
export const richTextParagraphs = (nodes: RichTextNode[]): string[] =>
  nodes.flatMap((node) => {
    if (node.type === 'list') {
      const ordered = node.format === 'ordered';
      return (node.children ?? []).map((item, i) => `${ordered ? `${i + 1}.` : '•'} ${nodeText(item)}`);
    }
    const text = nodeText(node).trim();
    return text ? [text] : [];
  });

export interface BlockLookups {
  claims: Map<string, SnapshotClaim>;
  maps: Map<string, SnapshotMap>;
  actors: Map<string, string>;
}

export const lookupsOf = (content: SnapshotContent): BlockLookups => ({
  claims: new Map(content.claims.map((c) => [c.id, c])),
  maps: new Map(content.maps.map((m) => [m.id, m])),
  actors: new Map(content.actors.map((a) => [a.id, a.name])),
});

/** How blocks other than text read as one line. */
export const BLOCK_MESSAGES = {
  image: messages['diff.block.image'],
  imageNoCaption: messages['diff.block.image-no-caption'],
  map: messages['diff.block.map'],
  claim: messages['diff.block.claim'],
  quote: messages['diff.block.quote'],
};

type Format = (descriptor: { id: string; defaultMessage: string }, values?: Record<string, string>) => string;

/** Paragraph-like lines for a body block (images, maps, claims and quotes get a one-line form). */
export const blockLines = (block: SnapshotBlock, lookups: BlockLookups, format: Format): string[] => {
  switch (block.type) {
    case 'text':
      return richTextParagraphs(block.content);
    case 'image':
      return [
        block.image.caption
          ? format(BLOCK_MESSAGES.image, { caption: block.image.caption, credit: block.image.credit })
          : format(BLOCK_MESSAGES.imageNoCaption, { credit: block.image.credit }),
      ];
    case 'map': {
      const map = lookups.maps.get(block.mapId);
      return [format(BLOCK_MESSAGES.map, { title: map?.title ?? block.mapId, asOf: map?.asOf ?? '?', source: map?.sourceLine ?? '?' })];
    }
    case 'claim': {
      const claim = lookups.claims.get(block.claimId);
      const claimant = claim?.claimantId ? lookups.actors.get(claim.claimantId) : null;
      return [
        format(BLOCK_MESSAGES.claim, {
          status: claim ? format(messages[`claim-status.${claim.status}`]) : '?',
          claimant: claimant ? `${claimant}: ` : '',
          statement: claim?.statement ?? block.claimId,
        }),
      ];
    }
    case 'quote': {
      const by = block.attribution ?? (block.speakerId ? lookups.actors.get(block.speakerId) : null);
      return [format(BLOCK_MESSAGES.quote, { text: block.text, attribution: by ? ` — ${by}` : '' })];
    }
    default:
      return [];
  }
};

export const sectionLines = (section: SnapshotSection, lookups: BlockLookups, format: Format): string[] =>
  section.blocks.flatMap((block) => blockLines(block, lookups, format));

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/** Longest-common-subsequence diff of two token lists. */
const lcsDiff = (a: string[], b: string[]): DiffPart[] => {
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      table[i][j] = a[i] === b[j] ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
    }
  }
  const parts: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      parts.push({ kind: 'same', text: a[i] });
      i++;
      j++;
    } else if (table[i + 1][j] >= table[i][j + 1]) {
      parts.push({ kind: 'removed', text: a[i++] });
    } else {
      parts.push({ kind: 'added', text: b[j++] });
    }
  }
  while (i < n) parts.push({ kind: 'removed', text: a[i++] });
  while (j < m) parts.push({ kind: 'added', text: b[j++] });
  return parts;
};

/** Word-level diff of two texts; adjacent parts of one kind are merged. */
export const diffWords = (before: string, after: string): DiffPart[] => {
  // Words, runs of spaces and single punctuation marks, so “year.” → “year (…).” keeps “year”.
  const tokens = (text: string) => text.match(/\s+|[\p{L}\p{N}’'_-]+|[^\s\p{L}\p{N}]/gu) ?? [];
  const merged: DiffPart[] = [];
  for (const part of lcsDiff(tokens(before), tokens(after))) {
    const last = merged[merged.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else merged.push({ ...part });
  }
  return merged;
};

/**
 * One side of a word diff ("before": unchanged and removed words; "after": unchanged and added),
 * with a lone space between two changed words counted as changed, so "are closing in on" reads as
 * one deletion rather than four.
 */
export const sideOf = (parts: DiffPart[], side: 'before' | 'after'): DiffPart[] => {
  const changed = side === 'before' ? 'removed' : 'added';
  const kept = parts.filter((p) => p.kind === 'same' || p.kind === changed);
  const out: DiffPart[] = [];
  kept.forEach((part, i) => {
    const bridging = part.kind === 'same' && /^\s+$/.test(part.text) && kept[i - 1]?.kind === changed && kept[i + 1]?.kind === changed;
    const kind = bridging ? changed : part.kind;
    const last = out[out.length - 1];
    if (last && last.kind === kind) last.text += part.text;
    else out.push({ kind, text: part.text });
  });
  return out;
};

export type LineChange =
  | { kind: 'same'; text: string }
  | { kind: 'added'; text: string }
  | { kind: 'removed'; text: string }
  | { kind: 'changed'; before: string; after: string };

/**
 * Paragraph-level diff: unchanged, added and removed paragraphs, and a removed paragraph followed by
 * an added one paired as "changed" (so its changed words can be marked).
 */
export const diffLines = (before: string[], after: string[]): LineChange[] => {
  const parts = lcsDiff(before, after);
  const changes: LineChange[] = [];
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k];
    if (part.kind !== 'removed') {
      changes.push(part);
      continue;
    }
    // Collect a run of removals and the run of additions after it, and pair them up.
    const removed: string[] = [];
    while (k < parts.length && parts[k].kind === 'removed') removed.push(parts[k++].text);
    const added: string[] = [];
    while (k < parts.length && parts[k].kind === 'added') added.push(parts[k++].text);
    k--;
    const pairs = Math.min(removed.length, added.length);
    for (let p = 0; p < pairs; p++) changes.push({ kind: 'changed', before: removed[p], after: added[p] });
    for (const text of removed.slice(pairs)) changes.push({ kind: 'removed', text });
    for (const text of added.slice(pairs)) changes.push({ kind: 'added', text });
  }
  return changes;
};
