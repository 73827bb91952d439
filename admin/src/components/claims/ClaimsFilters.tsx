import {
  Button,
  Checkbox,
  Field,
  Flex,
  MultiSelect,
  MultiSelectOption,
  Searchbar,
  SingleSelect,
  SingleSelectOption,
} from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { ClaimStatus, DeskActor, Side } from '../../api/claimsTypes';
import { CLAIM_SORTS, CLAIM_STATUSES, SIDES, type ClaimSort } from '../../constants';
import { messages } from '../../translations/messages';
import { hasActiveFilters, type DeskFilters } from '../../utils/claims';
import { useClaimLabels } from './ClaimLabels';

export const SEARCH_DEBOUNCE_MS = 300;

export interface ClaimsFiltersProps {
  filters: DeskFilters;
  /** A change of filters (the page goes back to 1). */
  onChange: (change: Partial<DeskFilters>) => void;
  actors: DeskActor[];
  /** The desk's stale window (from the list's meta). */
  staleHours: number;
}

/** Status (several), side, claimant, stale only, changed since publish, search and sort. */
export const ClaimsFilters = ({ filters, onChange, actors, staleHours }: ClaimsFiltersProps) => {
  const { formatMessage } = useIntl();
  const labels = useClaimLabels();

  // The search box types freely; the list follows once the editor pauses.
  const [search, setSearch] = React.useState(filters.search);
  React.useEffect(() => setSearch(filters.search), [filters.search]);
  const onChangeRef = React.useRef(onChange);
  onChangeRef.current = onChange;
  React.useEffect(() => {
    if (search === filters.search) return;
    const timer = setTimeout(() => onChangeRef.current({ search }), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [search, filters.search]);

  return (
    <Flex direction="column" alignItems="stretch" gap={3}>
      <Flex gap={3} wrap="wrap" alignItems="flex-end">
        <Field.Root name="search" style={{ flex: '1 1 24rem' }}>
          <Field.Label>{formatMessage(messages['claims.filter.search'])}</Field.Label>
          <Searchbar
            size="M"
            name="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onClear={() => setSearch('')}
            clearLabel={formatMessage(messages['claims.filter.search.clear'])}
            placeholder={formatMessage(messages['claims.filter.search.placeholder'])}
          >
            {formatMessage(messages['claims.filter.search'])}
          </Searchbar>
        </Field.Root>
        <Field.Root name="sort" width="22rem">
          <Field.Label>{formatMessage(messages['claims.filter.sort'])}</Field.Label>
          <SingleSelect value={filters.sort} onChange={(value) => onChange({ sort: value as ClaimSort })}>
            {CLAIM_SORTS.map((sort) => (
              <SingleSelectOption key={sort} value={sort}>
                {labels.sort(sort)}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
      </Flex>
      <Flex gap={3} wrap="wrap" alignItems="flex-end">
        <Field.Root name="status" width="22rem">
          <Field.Label>{formatMessage(messages['claims.filter.status'])}</Field.Label>
          <MultiSelect
            value={filters.status}
            placeholder={formatMessage(messages['claims.filter.status.any'])}
            onChange={(value) => onChange({ status: value as ClaimStatus[] })}
            onClear={() => onChange({ status: [] })}
            clearLabel={formatMessage(messages['claims.filter.clear-field'])}
            customizeContent={(values) => (values ?? []).map((v) => labels.status(v as ClaimStatus)).join(', ')}
          >
            {CLAIM_STATUSES.map((status) => (
              <MultiSelectOption key={status} value={status}>
                {labels.status(status)}
              </MultiSelectOption>
            ))}
          </MultiSelect>
        </Field.Root>
        <Field.Root name="side" width="16rem">
          <Field.Label>{formatMessage(messages['claims.filter.side'])}</Field.Label>
          <SingleSelect
            value={filters.side ?? null}
            placeholder={formatMessage(messages['claims.filter.side.any'])}
            onChange={(value) => onChange({ side: value as Side })}
            onClear={() => onChange({ side: undefined })}
            clearLabel={formatMessage(messages['claims.filter.clear-field'])}
          >
            {SIDES.map((side) => (
              <SingleSelectOption key={side} value={side}>
                {labels.side(side)}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        <Field.Root name="actor" width="24rem">
          <Field.Label>{formatMessage(messages['claims.filter.actor'])}</Field.Label>
          <SingleSelect
            value={filters.actor ?? null}
            placeholder={formatMessage(messages['claims.filter.actor.any'])}
            onChange={(value) => onChange({ actor: String(value) })}
            onClear={() => onChange({ actor: undefined })}
            clearLabel={formatMessage(messages['claims.filter.clear-field'])}
          >
            {actors.map((actor) => (
              <SingleSelectOption key={actor.documentId} value={actor.documentId}>
                {actor.name}
              </SingleSelectOption>
            ))}
          </SingleSelect>
        </Field.Root>
        <Flex direction="column" alignItems="flex-start" gap={2} paddingBottom={1}>
          <Checkbox
            name="stale"
            checked={!!filters.staleHours}
            onCheckedChange={(checked) => onChange({ staleHours: checked === true ? staleHours : undefined })}
          >
            {formatMessage(messages['claims.filter.stale'], { hours: staleHours })}
          </Checkbox>
          <Checkbox
            name="changedSincePublish"
            checked={filters.changedSincePublish}
            onCheckedChange={(checked) => onChange({ changedSincePublish: checked === true })}
          >
            {formatMessage(messages['claims.filter.changed'])}
          </Checkbox>
        </Flex>
        {hasActiveFilters(filters) && (
          <Button
            variant="tertiary"
            onClick={() => {
              setSearch('');
              onChange({ status: [], side: undefined, actor: undefined, staleHours: undefined, changedSincePublish: false, search: '' });
            }}
          >
            {formatMessage(messages['claims.filter.reset'])}
          </Button>
        )}
      </Flex>
    </Flex>
  );
};
