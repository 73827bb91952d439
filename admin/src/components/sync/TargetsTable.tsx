import { Badge, Flex, IconButton, Switch, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import { Pencil, Trash } from '@strapi/icons';
import { useIntl } from 'react-intl';
import type { TargetView } from '../../api/sync';
import { messages } from '../../translations/messages';
import { useSyncLabels } from './labels';

export interface TargetsTableProps {
  targets: TargetView[];
  onEdit: (target: TargetView) => void;
  onDelete: (target: TargetView) => void;
  onToggleEnabled: (target: TargetView, enabled: boolean) => void;
  /** Targets whose "enabled" change is on its way. */
  busy?: ReadonlySet<number>;
}

/** The sync targets: name, URL, enabled switch, payload mode, whether a secret is set, revalidate URL. */
export const TargetsTable = ({ targets, onEdit, onDelete, onToggleEnabled, busy }: TargetsTableProps) => {
  const { formatMessage } = useIntl();
  const labels = useSyncLabels();
  const col = (key: Parameters<typeof formatMessage>[0]) => (
    <Th>
      <Typography variant="sigma" textColor="neutral600">
        {formatMessage(key)}
      </Typography>
    </Th>
  );
  return (
    <Table colCount={7} rowCount={targets.length + 1}>
      <Thead>
        <Tr>
          {col(messages['sync.targets.col.name'])}
          {col(messages['sync.targets.col.url'])}
          {col(messages['sync.targets.col.enabled'])}
          {col(messages['sync.targets.col.mode'])}
          {col(messages['sync.targets.col.secret'])}
          {col(messages['sync.targets.col.revalidate'])}
          <Th>
            <VisuallyHidden>{formatMessage(messages['sync.targets.col.actions'])}</VisuallyHidden>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {targets.map((target) => (
          <Tr key={target.id}>
            <Td>
              <Typography fontWeight="semiBold" textColor="neutral800">
                {target.name}
              </Typography>
            </Td>
            <Td style={{ maxWidth: '24rem' }}>
              <Typography textColor="neutral800" ellipsis title={target.url}>
                {target.url}
              </Typography>
            </Td>
            <Td>
              <Switch
                checked={target.enabled}
                disabled={busy?.has(target.id)}
                aria-label={formatMessage(messages['sync.targets.toggle'], { name: target.name })}
                onLabel={formatMessage(messages['sync.on'])}
                offLabel={formatMessage(messages['sync.off'])}
                visibleLabels
                onCheckedChange={(checked) => onToggleEnabled(target, checked)}
              />
            </Td>
            <Td>
              <Typography textColor="neutral800">{labels.mode(target.payloadMode)}</Typography>
            </Td>
            <Td>
              {target.hasSecret ? (
                <Badge variant="success">{formatMessage(messages['sync.targets.secret-set'])}</Badge>
              ) : (
                <Badge variant="danger">{formatMessage(messages['sync.targets.secret-missing'])}</Badge>
              )}
            </Td>
            <Td style={{ maxWidth: '18rem' }}>
              <Typography variant="pi" textColor="neutral600" ellipsis title={target.revalidateUrl ?? undefined}>
                {target.revalidateUrl ?? '—'}
              </Typography>
            </Td>
            <Td>
              <Flex gap={1} justifyContent="flex-end">
                <IconButton label={formatMessage(messages['sync.targets.edit'], { name: target.name })} variant="ghost" onClick={() => onEdit(target)}>
                  <Pencil />
                </IconButton>
                <IconButton
                  label={formatMessage(messages['sync.targets.delete'], { name: target.name })}
                  variant="ghost"
                  onClick={() => onDelete(target)}
                >
                  <Trash />
                </IconButton>
              </Flex>
            </Td>
          </Tr>
        ))}
      </Tbody>
    </Table>
  );
};
