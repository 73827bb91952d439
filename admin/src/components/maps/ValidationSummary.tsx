import { Box, Flex, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useErrorMessage } from '../../api/maps';
import { messages } from '../../translations/messages';
import type { GroupedIssues } from './geojson';
import type { Check, CheckResult } from './useMapValidation';

export interface ValidationSummaryProps {
  check: Check;
  /** The latest answer, kept on screen while a newer check runs. */
  result: CheckResult | null;
  grouped: GroupedIssues;
  featureCount: number;
}

/** The server's verdict on the map: checking, failed, valid, or its issues by feature. */
export const ValidationSummary = ({ check, result, grouped, featureCount }: ValidationSummaryProps) => {
  const { formatMessage } = useIntl();
  const errorMessage = useErrorMessage();
  return (
    <Box aria-live="polite" data-testid="geojson-validation">
      {check.state === 'checking' && !result && (
        <Typography variant="pi" textColor="neutral600">
          {formatMessage(messages['map.validation.checking'])}
        </Typography>
      )}
      {check.state === 'failed' && (
        <Typography variant="pi" textColor="danger600">
          {formatMessage(messages['map.validation.failed'], { message: errorMessage(check.error) })}
        </Typography>
      )}
      {result && result.valid && (
        <Typography variant="pi" textColor="success600" fontWeight="semiBold">
          {formatMessage(messages['map.validation.valid'], { count: featureCount })}
        </Typography>
      )}
      {result && !result.valid && (
        <Flex direction="column" alignItems="stretch" gap={1}>
          <Typography variant="pi" textColor="danger600" fontWeight="semiBold">
            {formatMessage(messages['map.validation.invalid'], { count: result.issues.length })}
          </Typography>
          <Flex tag="ul" direction="column" alignItems="stretch" gap={1} margin={0} paddingLeft={4}>
            {grouped.general.map((issue, i) => (
              <li key={`general-${i}`}>
                <Typography variant="pi" textColor="danger600">
                  {formatMessage(messages['map.validation.issue'], {
                    path: issue.path || formatMessage(messages['map.validation.the-collection']),
                    message: issue.message,
                  })}
                </Typography>
              </li>
            ))}
            {[...grouped.byFeature.entries()].map(([index, issues]) =>
              issues.map((issue, i) => (
                <li key={`${index}-${i}`}>
                  <Typography variant="pi" textColor="danger600">
                    {formatMessage(messages['map.validation.feature-issue'], {
                      number: index + 1,
                      path: issue.path || formatMessage(messages['map.validation.the-feature']),
                      message: issue.message,
                    })}
                  </Typography>
                </li>
              )),
            )}
          </Flex>
        </Flex>
      )}
    </Box>
  );
};
