import { Layouts, Page, useNotification, useRBAC } from '@strapi/strapi/admin';
import { Link } from '@strapi/design-system';
import { ArrowLeft } from '@strapi/icons';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { NavLink } from 'react-router-dom';
import { useClaimsApi, useRequest } from '../api/claims';
import { CLAIM_PERMISSIONS, pluginPath } from '../constants';
import { ClaimsDesk } from '../components/claims/ClaimsDesk';
import type { Notify } from '../components/claims/ClaimSidePanel';
import { messages } from '../translations/messages';

const DESK_ACTIONS = [...CLAIM_PERMISSIONS.edit, ...CLAIM_PERMISSIONS.changeStatus, ...CLAIM_PERMISSIONS.manageActors];

/** The claims desk (menu page): every claim of a piece, its status, its links and its history. */
export const ClaimsPage = () => {
  const { formatMessage } = useIntl();
  const api = useClaimsApi();
  const { toggleNotification } = useNotification();
  // Without edit / change-status the desk is read-only: no edit, link, verify or status buttons.
  const { allowedActions, isLoading } = useRBAC(DESK_ACTIONS);
  const explainers = useRequest(() => api.listExplainers(), 'explainers');
  const notify = React.useCallback<Notify>((type, message) => toggleNotification({ type, message }), [toggleNotification]);

  if (isLoading) return <Page.Loading />;

  return (
    <Layouts.Root>
      <Page.Title>{formatMessage(messages['claims.title'])}</Page.Title>
      <Page.Main>
        <Layouts.Header
          navigationAction={
            <Link tag={NavLink} to={pluginPath} startIcon={<ArrowLeft />}>
              {formatMessage(messages['claims.back'])}
            </Link>
          }
          title={formatMessage(messages['claims.title'])}
          subtitle={formatMessage(messages['claims.subtitle'])}
        />
        <Layouts.Content>
          <ClaimsDesk
            // The picker needs the list, but the desk works without it (the server's default piece).
            explainers={explainers.data ?? (explainers.error ? [] : undefined)}
            canEdit={!!allowedActions.canEdit}
            canChangeStatus={!!allowedActions.canChangeStatus}
            canManageActors={!!allowedActions.canManage}
            notify={notify}
          />
        </Layouts.Content>
      </Page.Main>
    </Layouts.Root>
  );
};

export const ProtectedClaimsPage = () => (
  <Page.Protect permissions={CLAIM_PERMISSIONS.read}>
    <ClaimsPage />
  </Page.Protect>
);
