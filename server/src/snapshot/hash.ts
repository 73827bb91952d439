import { createHash } from 'node:crypto';

/** JSON with keys sorted at every level, so equal content always hashes equal. */
export const canonicalJson = (value: unknown): string =>
  JSON.stringify(value, (_key, v) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, v[k]])) : v
  );

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export const hashContent = (content: unknown) => sha256(canonicalJson(content));
