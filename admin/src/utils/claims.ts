/** The claims desk's filters: read from and written to the URL, and turned into the list's query. */
import type { ClaimsQuery, ClaimStatus, Side } from '../api/claimsTypes';
import { CLAIM_SORTS, CLAIM_STATUSES, CLAIMS_PAGE_SIZE, SIDES, type ClaimSort } from '../constants';

export interface DeskFilters {
  /** Absent: the server's default piece (Pokrovsk). */
  explainer?: string;
  status: ClaimStatus[];
  actor?: string;
  side?: Side;
  /** Only claims not verified for this many hours (the desk's stale window). */
  staleHours?: number;
  changedSincePublish: boolean;
  search: string;
  sort: ClaimSort;
  page: number;
}

export const DEFAULT_SORT: ClaimSort = 'updatedAt:desc';

export const emptyFilters = (): DeskFilters => ({ status: [], changedSincePublish: false, search: '', sort: DEFAULT_SORT, page: 1 });

const oneOf = <T extends string>(values: readonly T[], value: string | null): T | undefined =>
  value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;

const positiveInt = (value: string | null) => {
  const n = value === null ? NaN : Number(value);
  return Number.isInteger(n) && n > 0 ? n : undefined;
};

/** The filters in the URL (`?status=disputed&status=denied&side=russia&stale=48&changed=1&q=…`). */
export const filtersFromParams = (params: URLSearchParams): DeskFilters => ({
  explainer: params.get('explainer') || undefined,
  status: params.getAll('status').filter((s): s is ClaimStatus => oneOf(CLAIM_STATUSES, s) !== undefined),
  actor: params.get('actor') || undefined,
  side: oneOf(SIDES, params.get('side')),
  staleHours: positiveInt(params.get('stale')),
  changedSincePublish: params.get('changed') === '1',
  search: params.get('q') ?? '',
  sort: oneOf(CLAIM_SORTS, params.get('sort')) ?? DEFAULT_SORT,
  page: positiveInt(params.get('page')) ?? 1,
});

/** Writes the filters into `params` (other keys, like the open claim, are kept). */
export const filtersToParams = (filters: DeskFilters, params: URLSearchParams = new URLSearchParams()) => {
  const next = new URLSearchParams(params);
  for (const key of ['explainer', 'status', 'actor', 'side', 'stale', 'changed', 'q', 'sort', 'page']) next.delete(key);
  if (filters.explainer) next.set('explainer', filters.explainer);
  for (const status of filters.status) next.append('status', status);
  if (filters.actor) next.set('actor', filters.actor);
  if (filters.side) next.set('side', filters.side);
  if (filters.staleHours) next.set('stale', String(filters.staleHours));
  if (filters.changedSincePublish) next.set('changed', '1');
  if (filters.search) next.set('q', filters.search);
  if (filters.sort !== DEFAULT_SORT) next.set('sort', filters.sort);
  if (filters.page > 1) next.set('page', String(filters.page));
  return next;
};

/** The list request for the filters: only what is set (no `explainer` until the editor picks one). */
export const queryOf = (filters: DeskFilters): ClaimsQuery => {
  const query: ClaimsQuery = {};
  if (filters.explainer) query.explainer = filters.explainer;
  if (filters.status.length) query.status = filters.status;
  if (filters.actor) query.actor = filters.actor;
  if (filters.side) query.side = filters.side;
  if (filters.staleHours) query.staleHours = filters.staleHours;
  if (filters.changedSincePublish) query.changedSincePublish = true;
  if (filters.search.trim()) query.search = filters.search.trim();
  query.sort = filters.sort;
  query.page = filters.page;
  query.pageSize = CLAIMS_PAGE_SIZE;
  return query;
};

export const hasActiveFilters = (filters: DeskFilters) =>
  filters.status.length > 0 || !!filters.actor || !!filters.side || !!filters.staleHours || filters.changedSincePublish || !!filters.search;

export type RelativeUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

/** How long ago (negative) or ahead a date is, in the unit a person would say it in. */
export const relativeTo = (iso: string, now: number = Date.now()): { value: number; unit: RelativeUnit } => {
  const minutes = (new Date(iso).getTime() - now) / 60_000;
  const abs = Math.abs(minutes);
  if (abs < 60) return { value: Math.round(minutes), unit: 'minute' };
  if (abs < 48 * 60) return { value: Math.round(minutes / 60), unit: 'hour' };
  if (abs < 60 * 24 * 60) return { value: Math.round(minutes / (24 * 60)), unit: 'day' };
  if (abs < 24 * 30 * 24 * 60) return { value: Math.round(minutes / (30 * 24 * 60)), unit: 'month' };
  return { value: Math.round(minutes / (365 * 24 * 60)), unit: 'year' };
};

/** A Date for a date-time input, from the server's ISO string. */
export const dateOrNull = (iso: string | null | undefined) => (iso ? new Date(iso) : null);
