import { Badge, Flex, IconButton, Switch, Typography } from '@strapi/design-system';
import { ArrowClockwise, Pencil, Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { TargetView } from '../../api/sync';
import { messages } from '../../translations/messages';
import { DataTable, type DataTableColumn } from '../common/DataTable';
import { useSyncLabels } from './labels';

export interface TargetsTableProps {
  targets: TargetView[];
  onEdit: (target: TargetView) => void;
  onDelete: (target: TargetView) => void;
  onToggleEnabled: (target: TargetView, enabled: boolean) => void;
  /** Compare the site's state with the CMS and re-send what differs. */
  onReconcile: (target: TargetView) => void;
  /** Targets whose "enabled" change is on its way. */
  busy?: ReadonlySet<number>;
  /** Targets being reconciled. */
  reconciling?: ReadonlySet<number>;
}

/** The sync targets: name, URL, enabled switch, payload mode, whether a secret is set, revalidate URL. */
export const TargetsTable = ({ targets, onEdit, onDelete, onToggleEnabled, onReconcile, busy, reconciling }: TargetsTableProps) => {
  const { formatMessage } = useIntl();
  const labels = useSyncLabels();
  const columns: DataTableColumn<TargetView>[] = [
    {
      id: 'name',
      header: messages['sync.targets.col.name'],
      cell: (target) => (
        <Typography fontWeight="semiBold" textColor="neutral800">
          {target.name}
        </Typography>
      ),
    },
    {
      id: 'url',
      header: messages['sync.targets.col.url'],
      style: { maxWidth: '24rem' },
      cell: (target) => (
        <Typography textColor="neutral800" ellipsis title={target.url}>
          {target.url}
        </Typography>
      ),
    },
    {
      id: 'enabled',
      header: messages['sync.targets.col.enabled'],
      cell: (target) => (
        <Switch
          checked={target.enabled}
          disabled={busy?.has(target.id)}
          aria-label={formatMessage(messages['sync.targets.toggle'], { name: target.name })}
          onLabel={formatMessage(messages['sync.on'])}
          offLabel={formatMessage(messages['sync.off'])}
          visibleLabels
          onCheckedChange={(checked) => onToggleEnabled(target, checked)}
        />
      ),
    },
    {
      id: 'mode',
      header: messages['sync.targets.col.mode'],
      cell: (target) => <Typography textColor="neutral800">{labels.mode(target.payloadMode)}</Typography>,
    },
    {
      id: 'secret',
      header: messages['sync.targets.col.secret'],
      cell: (target) =>
        target.hasSecret ? (
          <Badge variant="success">{formatMessage(messages['sync.targets.secret-set'])}</Badge>
        ) : (
          <Badge variant="danger">{formatMessage(messages['sync.targets.secret-missing'])}</Badge>
        ),
    },
    {
      id: 'revalidate',
      header: messages['sync.targets.col.revalidate'],
      style: { maxWidth: '18rem' },
      cell: (target) => (
        <Typography variant="pi" textColor="neutral600" ellipsis title={target.revalidateUrl ?? undefined}>
          {target.revalidateUrl ?? '—'}
        </Typography>
      ),
    },
    {
      id: 'actions',
      header: messages['sync.targets.col.actions'],
      hideHeader: true,
      cell: (target) => (
        <Flex gap={1} justifyContent="flex-end">
          <IconButton
            label={formatMessage(messages['sync.targets.reconcile'], { name: target.name })}
            variant="ghost"
            disabled={!target.enabled || reconciling?.has(target.id)}
            onClick={() => onReconcile(target)}
          >
            <ArrowClockwise />
          </IconButton>
          <IconButton label={formatMessage(messages['sync.targets.edit'], { name: target.name })} variant="ghost" onClick={() => onEdit(target)}>
            <Pencil />
          </IconButton>
          <IconButton label={formatMessage(messages['sync.targets.delete'], { name: target.name })} variant="ghost" onClick={() => onDelete(target)}>
            <Trash />
          </IconButton>
        </Flex>
      ),
    },
  ];
  return <DataTable columns={columns} rows={targets} rowKey={(target) => target.id} />;
};
