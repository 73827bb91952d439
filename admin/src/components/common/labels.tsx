import { useIntl } from 'react-intl';
import { messages, type MessageKey } from '../../translations/messages';

const known = (key: string): key is MessageKey => key in messages;

/** Translated names of revision kinds, claim statuses and explainer fields (unknown values as is). */
export const useLabels = () => {
  const { formatMessage } = useIntl();
  const label = (prefix: string, value: string | null) => {
    const key = `${prefix}.${value ?? 'none'}`;
    return known(key) ? formatMessage(messages[key]) : (value ?? '');
  };
  return {
    kind: (kind: string) => label('kind', kind),
    claimStatus: (status: string | null) => label('claim-status', status),
    field: (field: string) => label('field', field),
  };
};
