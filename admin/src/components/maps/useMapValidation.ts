import * as React from 'react';
import { useIntl } from 'react-intl';
import { useMapsApi, type MapIssue } from '../../api/maps';
import { messages } from '../../translations/messages';
import type { ParseResult } from './geojsonText';

/** How long the editor may pause before the server checks the map. */
export const VALIDATE_DELAY_MS = 400;
/** A check the server has not answered by then is reported as failed, not left "checking" forever. */
export const VALIDATE_TIMEOUT_MS = 15_000;

export type CheckResult = { state: 'checked'; text: string; valid: boolean; issues: MapIssue[] };
export type Check =
  | { state: 'idle' }
  | { state: 'checking'; text: string; previous: CheckResult | null }
  | CheckResult
  | { state: 'failed'; text: string; error: unknown };

/**
 * The server's validator on the field's text, a moment after the last edit; a late answer for older
 * text is dropped, and one that never comes is reported as failed after VALIDATE_TIMEOUT_MS.
 */
export const useMapValidation = (text: string, parsed: ParseResult): Check => {
  const { formatMessage } = useIntl();
  const api = useMapsApi();
  const [check, setCheck] = React.useState<Check>({ state: 'idle' });
  React.useEffect(() => {
    if (!parsed.ok) {
      setCheck({ state: 'idle' });
      return;
    }
    let current = true;
    setCheck((previous) => ({
      state: 'checking',
      text,
      previous: previous.state === 'checked' ? previous : previous.state === 'checking' ? previous.previous : null,
    }));
    const request = new AbortController();
    let gaveUp: ReturnType<typeof setTimeout> | undefined;
    const timer = setTimeout(() => {
      gaveUp = setTimeout(() => {
        if (!current) return;
        current = false;
        request.abort();
        setCheck({ state: 'failed', text, error: new Error(formatMessage(messages['map.validation.timeout'], { seconds: VALIDATE_TIMEOUT_MS / 1000 })) });
      }, VALIDATE_TIMEOUT_MS);
      api.validate(parsed.value, { signal: request.signal }).then(
        (result) => current && setCheck({ state: 'checked', text, valid: result.valid, issues: result.issues ?? [] }),
        (failure) => current && setCheck({ state: 'failed', text, error: failure }),
      ).finally(() => clearTimeout(gaveUp));
    }, VALIDATE_DELAY_MS);
    return () => {
      current = false;
      clearTimeout(timer);
      clearTimeout(gaveUp);
      // The text changed: its check is no longer wanted.
      request.abort();
    };
  }, [api, parsed, text]);
  return check;
};
