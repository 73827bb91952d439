import { Field, Flex, Loader, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useErrorMessage, useRequest, useRevisionsApi } from '../../api/revisions';
import { messages } from '../../translations/messages';
import { RevisionDiff } from './RevisionDiff';

export interface ComparePanelProps {
  documentId: string;
  /** Revisions are numbered 1..latest. */
  latest: number;
  from: number;
  to: number;
  onChange: (range: { from: number; to: number }) => void;
}

/** Pick any two revisions ("from", "to") and read what changed between them. */
export const ComparePanel = ({ documentId, latest, from, to, onChange }: ComparePanelProps) => {
  const { formatMessage } = useIntl();
  const api = useRevisionsApi();
  const errorMessage = useErrorMessage();
  const canCompare = latest > 1 && from !== to;
  const comparison = useRequest(() => api.compareRevisions(documentId, from, to), canCompare ? `${documentId}|${api.locale}|${from}|${to}` : null);
  const numbers = Array.from({ length: latest }, (_, i) => latest - i);

  if (latest < 2) {
    return (
      <Typography variant="omega" textColor="neutral600">
        {formatMessage(messages['compare.need-two'])}
      </Typography>
    );
  }

  const select = (name: 'from' | 'to', value: number) => (
    <Field.Root name={name} width="14rem">
      <Field.Label>{formatMessage(messages[name === 'from' ? 'compare.from' : 'compare.to'])}</Field.Label>
      <SingleSelect
        value={String(value)}
        onChange={(next) => onChange({ from, to, [name]: Number(next) })}
      >
        {numbers.map((n) => (
          <SingleSelectOption key={n} value={String(n)}>
            {formatMessage(messages['compare.option'], { number: n })}
          </SingleSelectOption>
        ))}
      </SingleSelect>
    </Field.Root>
  );

  return (
    <Flex direction="column" alignItems="stretch" gap={6}>
      <Flex gap={4} alignItems="flex-end">
        {select('from', from)}
        {select('to', to)}
      </Flex>
      {from === to ? (
        <Typography variant="omega" textColor="neutral600">
          {formatMessage(messages['compare.same'])}
        </Typography>
      ) : comparison.error ? (
        <Typography variant="omega" textColor="danger600">
          {formatMessage(messages['compare.failed'], { message: errorMessage(comparison.error) })}
        </Typography>
      ) : comparison.data ? (
        <RevisionDiff comparison={comparison.data} />
      ) : (
        <Loader small>{formatMessage(messages['compare.loading'])}</Loader>
      )}
    </Flex>
  );
};
