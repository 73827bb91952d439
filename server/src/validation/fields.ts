import type { FieldIssue } from './issues';

type Path = (string | number)[];

/** PostgreSQL's `integer`; SQLite takes more, but a value one database refuses is refused on both. */
export const MAX_INTEGER = 2_147_483_647;
const MIN_INTEGER = -2_147_483_648;
/** Years both databases and every ISO 8601 consumer handle (PostgreSQL stops at 4713 BC). */
const MIN_YEAR = 1;
const MAX_YEAR = 9999;

const integerIssue = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  const number = typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isInteger(number)) return 'must be a whole number';
  return number < MIN_INTEGER || number > MAX_INTEGER ? `must be a whole number from ${MIN_INTEGER} to ${MAX_INTEGER}` : null;
};

const dateIssue = (value: unknown): string | null => {
  if (value === null || value === undefined || value === '') return null;
  const time = value instanceof Date ? value.getTime() : typeof value === 'string' || typeof value === 'number' ? new Date(value).getTime() : NaN;
  if (Number.isNaN(time)) return 'must be an ISO 8601 date';
  const year = new Date(time).getUTCFullYear();
  return year < MIN_YEAR || year > MAX_YEAR ? `must be a date between the years ${MIN_YEAR} and ${MAX_YEAR}` : null;
};

/** Range checks for the scalar types a database refuses with an error rather than a message. */
export const scalarIssue = (type: string, value: unknown): string | null => {
  if (type === 'integer' || type === 'biginteger') return integerIssue(value);
  if (type === 'date' || type === 'datetime') return dateIssue(value);
  return null;
};

/** http(s), or a path on the site itself: `//host` and `/\host` leave the site in a browser. */
export const isSafeLink = (url: unknown): boolean => {
  if (typeof url !== 'string') return false;
  if (url.startsWith('/')) return !url.startsWith('//') && !url.includes('\\');
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'http:' || parsed.protocol === 'https:') && !url.includes('\\');
  } catch {
    return false;
  }
};

/** Every link in a rich-text (blocks) value whose address is not safe, by path. */
export const blocksLinkIssues = (value: unknown, basePath: Path): FieldIssue[] => {
  const issues: FieldIssue[] = [];
  const stack: [unknown, Path][] = [[value, basePath]];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (Array.isArray(node)) {
      node.forEach((child, index) => stack.push([child, [...path, index]]));
    } else if (typeof node === 'object' && node !== null) {
      const { type, url, children } = node as { type?: unknown; url?: unknown; children?: unknown };
      if (type === 'link' && !isSafeLink(url)) {
        issues.push({ path: [...path, 'url'], message: 'a link must be an http(s) address or a path on the site (starting with a single /, without \\)' });
      }
      if (children !== undefined) stack.push([children, [...path, 'children']]);
    }
  }
  return issues.reverse();
};
