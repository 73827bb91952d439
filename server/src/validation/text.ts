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

/**
 * Walks a parsed JSON value without recursion: the first unsafe string (key or value) and the first
 * place nested deeper than MAX_JSON_DEPTH, each reported once.
 */
export const collectJsonIssues = (value: unknown, basePath: (string | number)[] = []): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  let unsafeFound = false;
  const stack: [unknown, (string | number)[]][] = [[value, basePath]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      if (!unsafeFound && isUnsafeText(node)) {
        unsafeFound = true;
        issues.push({ path, message: UNSAFE_TEXT_MESSAGE });
      }
      continue;
    }
    if (typeof node !== 'object' || node === null) continue;
    if (path.length - basePath.length >= MAX_JSON_DEPTH) {
      // Name the outermost field holding the nesting, not a path a thousand steps long.
      return [...issues, { path: basePath.length > 0 ? basePath : path.slice(0, 1), message: `is nested more than ${MAX_JSON_DEPTH} levels deep` }];
    }
    for (const [key, child] of Object.entries(node)) {
      const childPath = [...path, Array.isArray(node) ? Number(key) : key];
      if (!unsafeFound && isUnsafeText(key)) {
        unsafeFound = true;
        issues.push({ path: childPath, message: `has a key that ${UNSAFE_TEXT_MESSAGE}` });
      }
      stack.push([child, childPath]);
    }
  }
  return issues;
};
