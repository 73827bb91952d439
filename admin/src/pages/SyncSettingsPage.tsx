import { Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { Box, Button, Dialog, Flex, Typography } from '@strapi/design-system';
import { Plus, WarningCircle } from '@strapi/icons';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { useErrorMessage, useRequest, useSyncApi, type TargetView } from '../api/sync';
import { DeliveriesSection } from '../components/sync/DeliveriesSection';
import { TargetDialog } from '../components/sync/TargetDialog';
import { TargetsTable } from '../components/sync/TargetsTable';
import { SYNC_PERMISSIONS } from '../constants';
import { messages } from '../translations/messages';

const Section = ({ title, description, children }: { title: string; description: string; children: React.ReactNode }) => (
  <Flex direction="column" alignItems="stretch" gap={4} tag="section">
    <Flex direction="column" alignItems="flex-start" gap={1}>
      <Typography variant="delta" tag="h2">
        {title}
      </Typography>
      <Typography variant="pi" textColor="neutral600">
        {description}
      </Typography>
    </Flex>
    {children}
  </Flex>
);

const DeleteTargetDialog = ({
  target,
  deleting,
  onCancel,
  onConfirm,
}: {
  target: TargetView | null;
  deleting: boolean;
  onCancel: () => void;
  onConfirm: (target: TargetView) => void;
}) => {
  const { formatMessage } = useIntl();
  return (
    <Dialog.Root open={target !== null} onOpenChange={(open) => !open && onCancel()}>
      <Dialog.Content>
        <Dialog.Header>{formatMessage(messages['sync.delete.title'])}</Dialog.Header>
        <Dialog.Body icon={<WarningCircle fill="danger600" />}>
          <Typography textAlign="center">{formatMessage(messages['sync.delete.body'], { name: target?.name ?? '' })}</Typography>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary">
              {formatMessage(messages['sync.cancel'])}
            </Button>
          </Dialog.Cancel>
          <Button fullWidth variant="danger-light" loading={deleting} onClick={() => target && onConfirm(target)}>
            {formatMessage(messages['sync.delete.confirm'])}
          </Button>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};

/**
 * Settings → Site sync: the sites that receive published revisions (secrets write-only) and the
 * deliveries, with their state, attempt logs and "Retry now".
 */
export const SyncSettingsPage = () => {
  const { formatMessage } = useIntl();
  const api = useSyncApi();
  const errorMessage = useErrorMessage();
  const { toggleNotification } = useNotification();
  const targets = useRequest(() => api.listTargets(), 'targets');

  const [editing, setEditing] = React.useState<{ target: TargetView | null } | null>(null);
  const [deleting, setDeleting] = React.useState<TargetView | null>(null);
  const [deleteBusy, setDeleteBusy] = React.useState(false);
  const [toggling, setToggling] = React.useState<ReadonlySet<number>>(new Set());
  const [reconciling, setReconciling] = React.useState<ReadonlySet<number>>(new Set());

  const onSaved = (target: TargetView, created: boolean) => {
    toggleNotification({
      type: 'success',
      message: formatMessage(messages[created ? 'sync.targets.created' : 'sync.targets.updated'], { name: target.name }),
    });
    targets.refetch();
  };

  const toggleEnabled = async (target: TargetView, enabled: boolean) => {
    setToggling((previous) => new Set(previous).add(target.id));
    try {
      await api.updateTarget(target.id, { enabled });
    } catch (error) {
      toggleNotification({ type: 'danger', message: formatMessage(messages['sync.targets.update-failed'], { message: errorMessage(error) }) });
    } finally {
      setToggling((previous) => {
        const next = new Set(previous);
        next.delete(target.id);
        return next;
      });
      targets.refetch();
    }
  };

  const reconcile = async (target: TargetView) => {
    setReconciling((previous) => new Set(previous).add(target.id));
    try {
      const report = await api.reconcileTarget(target.id);
      const counts = { inSync: report.inSync, resent: report.resent.length, removed: report.removed.length, pending: report.pending.length };
      toggleNotification({ type: 'success', message: formatMessage(messages['sync.targets.reconciled'], { name: target.name, ...counts }) });
    } catch (error) {
      toggleNotification({ type: 'danger', message: formatMessage(messages['sync.targets.reconcile-failed'], { name: target.name, message: errorMessage(error) }) });
    } finally {
      setReconciling((previous) => {
        const next = new Set(previous);
        next.delete(target.id);
        return next;
      });
    }
  };

  const remove = async (target: TargetView) => {
    setDeleteBusy(true);
    try {
      await api.deleteTarget(target.id);
      toggleNotification({ type: 'success', message: formatMessage(messages['sync.targets.deleted'], { name: target.name }) });
    } catch (error) {
      toggleNotification({ type: 'danger', message: formatMessage(messages['sync.targets.delete-failed'], { message: errorMessage(error) }) });
    } finally {
      setDeleteBusy(false);
      setDeleting(null);
      targets.refetch();
    }
  };

  if (targets.isLoading && !targets.data) return <Page.Loading />;
  if (!targets.data) return <Page.Error content={targets.error ? errorMessage(targets.error) : undefined} />;

  return (
    <Page.Main>
      <Page.Title>{formatMessage(messages['sync.title'])}</Page.Title>
      <Layouts.Header
        title={formatMessage(messages['sync.title'])}
        subtitle={formatMessage(messages['sync.subtitle'])}
        primaryAction={
          <Button startIcon={<Plus />} onClick={() => setEditing({ target: null })}>
            {formatMessage(messages['sync.targets.add'])}
          </Button>
        }
      />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={8}>
          <Section title={formatMessage(messages['sync.targets.heading'])} description={formatMessage(messages['sync.targets.description'])}>
            {targets.data.length === 0 ? (
              <Box padding={6} background="neutral0" hasRadius shadow="tableShadow">
                <Typography textColor="neutral600">{formatMessage(messages['sync.targets.empty'])}</Typography>
              </Box>
            ) : (
              <TargetsTable
                targets={targets.data}
                busy={toggling}
                reconciling={reconciling}
                onReconcile={reconcile}
                onEdit={(target) => setEditing({ target })}
                onDelete={setDeleting}
                onToggleEnabled={toggleEnabled}
              />
            )}
          </Section>
          <Section
            title={formatMessage(messages['sync.deliveries.heading'])}
            description={formatMessage(messages['sync.deliveries.description'])}
          >
            <DeliveriesSection targets={targets.data} onNotify={toggleNotification} />
          </Section>
        </Flex>
      </Layouts.Content>
      <TargetDialog
        open={editing !== null}
        target={editing?.target ?? null}
        onOpenChange={(open) => !open && setEditing(null)}
        onSaved={onSaved}
      />
      <DeleteTargetDialog target={deleting} deleting={deleteBusy} onCancel={() => setDeleting(null)} onConfirm={remove} />
    </Page.Main>
  );
};

export const ProtectedSyncSettingsPage = () => (
  <Page.Protect permissions={SYNC_PERMISSIONS.manage}>
    <SyncSettingsPage />
  </Page.Protect>
);

export default ProtectedSyncSettingsPage;
