import type { FieldIssue } from './issues';

/**
 * Text the databases cannot store faithfully: PostgreSQL refuses NUL (\u0000) in text and JSON, and a
 * lone UTF-16 surrogate is silently rewritten to U+FFFD. Both are refused instead, naming the field.
 */
const NUL = /\u0000/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export const UNSAFE_TEXT_MESSAGE = 'must not contain NUL bytes (\\u0000) or unpaired surrogates (\\uD800-\\uDFFF)';

export const isUnsafeText = (value: string) => NUL.test(value) || LONE_SURROGATE.test(value);

/** Nesting no real content reaches; far below what overflows JSON.stringify and Strapi's recursive walkers. */
export const MAX_JSON_DEPTH = 1000;

/** A container being walked; paths are rebuilt from the parent chain only when an issue is found. */
type Frame = { node: object; depth: number; parent: Frame | null; key: string | number };

const pathOf = (frame: Frame, key?: string | number) => {
  const path: (string | number)[] = key === undefined ? [] : [key];
  for (let at: Frame | null = frame; at?.parent; at = at.parent) path.unshift(at.key);
  return path;
};

/**
 * Walks a parsed JSON value without recursion (every request body passes here, so it allocates
 * nothing per scalar): the first unsafe string (key or value) and the first place nested deeper than
 * MAX_JSON_DEPTH, each reported once.
 */
export const collectJsonIssues = (value: unknown, basePath: (string | number)[] = []): FieldIssue[] => {
  if (typeof value === 'string') return isUnsafeText(value) ? [{ path: basePath, message: UNSAFE_TEXT_MESSAGE }] : [];
  if (typeof value !== 'object' || value === null) return [];
  const issues: FieldIssue[] = [];
  let unsafeFound = false;
  const unsafe = (frame: Frame, key: string | number, message: string) => {
    unsafeFound = true;
    issues.push({ path: [...basePath, ...pathOf(frame, key)], message });
  };
  const stack: Frame[] = [{ node: value, depth: 0, parent: null, key: '' }];
  while (stack.length > 0) {
    const frame = stack.pop()!;
    if (frame.depth >= MAX_JSON_DEPTH) {
      // Name the outermost field holding the nesting, not a path a thousand steps long.
      const outermost = basePath.length > 0 ? basePath : pathOf(frame).slice(0, 1);
      return [...issues, { path: outermost, message: `is nested more than ${MAX_JSON_DEPTH} levels deep` }];
    }
    const isArray = Array.isArray(frame.node);
    const keys = isArray ? null : Object.keys(frame.node);
    const length = isArray ? (frame.node as unknown[]).length : keys!.length;
    for (let i = 0; i < length; i += 1) {
      const key = isArray ? i : keys![i];
      const child = (frame.node as Record<string | number, unknown>)[key];
      if (!unsafeFound && !isArray && isUnsafeText(key as string)) unsafe(frame, key, `has a key that ${UNSAFE_TEXT_MESSAGE}`);
      if (typeof child === 'string') {
        if (!unsafeFound && isUnsafeText(child)) unsafe(frame, key, UNSAFE_TEXT_MESSAGE);
      } else if (typeof child === 'object' && child !== null) {
        stack.push({ node: child, depth: frame.depth + 1, parent: frame, key });
      }
    }
  }
  return issues;
};
