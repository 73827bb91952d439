import { useIntl } from 'react-intl';
import { messages, type MessageKey } from '../../translations/messages';

const known = (key: string): key is MessageKey => key in messages;

const languageName = (code: string, displayLocale: string) => {
  try {
    const name = new Intl.DisplayNames([displayLocale], { type: 'language' }).of(code);
    return name ? name.charAt(0).toLocaleUpperCase(displayLocale) + name.slice(1) : code;
  } catch {
    return code; // not a language tag Intl knows
  }
};

/** Translated names of revision kinds, claim statuses and explainer fields (unknown values as is). */
export const useLabels = () => {
  const { formatMessage, locale } = useIntl();
  const label = (prefix: string, value: string | null) => {
    const key = `${prefix}.${value ?? 'none'}`;
    return known(key) ? formatMessage(messages[key]) : (value ?? '');
  };
  return {
    kind: (kind: string) => label('kind', kind),
    claimStatus: (status: string | null) => label('claim-status', status),
    field: (field: string) => label('field', field),
    /** A locale code as a language name in the admin's language (`uk` → "Ukrainian"). */
    language: (code: string) => languageName(code, locale),
  };
};
