import { throwIfIssues } from './issues';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slugs are Strapi uids: lowercase letters, digits and single dashes. Anything else is refused. */
export const parseSlug = (value: unknown): string => {
  if (typeof value !== 'string' || value.length > 120 || !SLUG.test(value)) {
    throwIfIssues([{ path: ['slug'], message: 'must be lowercase letters, digits and dashes (at most 120)' }]);
  }
  return value as string;
};

export const parsePositiveInt = (value: unknown, field: string, max = 1_000_000_000): number => {
  const text = typeof value === 'number' ? String(value) : value;
  if (typeof text !== 'string' || !/^[1-9][0-9]{0,9}$/.test(text) || Number(text) > max) {
    throwIfIssues([{ path: [field], message: `must be a whole number from 1 to ${max}` }]);
  }
  return Number(text);
};

export const isSlug = (value: string) => value.length <= 120 && SLUG.test(value);
