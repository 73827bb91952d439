import { Layouts, Page } from '@strapi/strapi/admin';
import { Box, Flex, Loader, Typography } from '@strapi/design-system';
import { useIntl } from 'react-intl';
import { useAlertsApi } from '../api/alerts';
import { useErrorMessage } from '../api/useErrorMessage';
import { useRequest } from '../api/useRequest';
import { AlertTargetForm } from '../components/alerts/AlertTargetForm';
import { SETTINGS_PERMISSIONS } from '../constants';
import { messages } from '../translations/messages';

/** Settings → "Explainer alerts": where alerts about due claims and dead deliveries go. */
export const AlertsSettingsPage = () => {
  const { formatMessage } = useIntl();
  const api = useAlertsApi();
  const errorMessage = useErrorMessage();
  const target = useRequest(() => api.getTarget(), 'alert-target');
  return (
    <Page.Main>
      <Page.Title>{formatMessage(messages['alerts.title'])}</Page.Title>
      <Layouts.Header title={formatMessage(messages['alerts.title'])} subtitle={formatMessage(messages['alerts.subtitle'])} />
      <Layouts.Content>
        <Box background="neutral0" padding={6} hasRadius shadow="tableShadow">
          {target.isLoading ? (
            <Flex justifyContent="center">
              <Loader small>{formatMessage(messages['checking.loading'])}</Loader>
            </Flex>
          ) : target.error ? (
            <Typography textColor="danger600">{errorMessage(target.error)}</Typography>
          ) : (
            <AlertTargetForm target={target.data ?? null} onSave={(input) => api.saveTarget(input)} onTest={() => api.sendTest()} errorMessage={errorMessage} />
          )}
        </Box>
      </Layouts.Content>
    </Page.Main>
  );
};

export const ProtectedAlertsSettingsPage = () => (
  <Page.Protect permissions={SETTINGS_PERMISSIONS}>
    <AlertsSettingsPage />
  </Page.Protect>
);

export default ProtectedAlertsSettingsPage;
