import { Alert, Button, Field, Flex, TextInput, Toggle, Typography } from '@strapi/design-system';
import * as React from 'react';
import { useIntl } from 'react-intl';
import type { AlertTargetInput, AlertTargetView } from '../../api/alerts';
import { fieldErrorsOf } from '../../api/errors';
import { messages } from '../../translations/messages';
import { generateWebhookSecret } from '../../utils/secret';
import { SecretField } from '../common/SecretField';

export type AlertTargetFormProps = {
  target: AlertTargetView | null;
  onSave: (input: AlertTargetInput) => Promise<AlertTargetView>;
  onTest: () => Promise<void>;
  errorMessage: (error: unknown) => string;
};

/**
 * The alert target: where alerts are POSTed (a chat tool's incoming webhook, or your own endpoint)
 * and the signing secret, write-only like a sync target's: an empty field keeps the stored one.
 */
export const AlertTargetForm = ({ target, onSave, onTest, errorMessage }: AlertTargetFormProps) => {
  const { formatMessage, formatDate } = useIntl();
  const [url, setUrl] = React.useState(target?.url ?? '');
  const [secret, setSecret] = React.useState('');
  const [enabled, setEnabled] = React.useState(target?.enabled ?? true);
  const [saved, setSaved] = React.useState<AlertTargetView | null>(target);
  const [fieldErrors, setFieldErrors] = React.useState<Record<string, string>>({});
  const [status, setStatus] = React.useState<{ variant: 'success' | 'danger'; text: string } | null>(null);
  const [busy, setBusy] = React.useState(false);

  const run = async (task: () => Promise<string>) => {
    setBusy(true);
    setFieldErrors({});
    setStatus(null);
    try {
      setStatus({ variant: 'success', text: await task() });
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (Object.keys(fields).length > 0) setFieldErrors(fields);
      else setStatus({ variant: 'danger', text: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };

  const save = (event: React.FormEvent) => {
    event.preventDefault();
    return run(async () => {
      const next = await onSave({ url: url.trim(), enabled, ...(secret.trim() ? { secret: secret.trim() } : {}) });
      setSaved(next);
      setSecret('');
      return formatMessage(messages['alerts.saved']);
    });
  };

  return (
    <form onSubmit={save} noValidate autoComplete="off">
      <Flex direction="column" alignItems="stretch" gap={5}>
        {status && (
          <Alert variant={status.variant} closeLabel={formatMessage(messages['errors.dismiss'])} onClose={() => setStatus(null)}>
            {status.text}
          </Alert>
        )}
        <Field.Root name="url" required error={fieldErrors.url} hint={formatMessage(messages['alerts.url.hint'])}>
          <Field.Label>{formatMessage(messages['alerts.url'])}</Field.Label>
          <TextInput type="url" value={url} placeholder="https://hooks.example.com/services/…" onChange={(e: React.ChangeEvent<HTMLInputElement>) => setUrl(e.target.value)} />
          <Field.Hint />
          <Field.Error />
        </Field.Root>
        <SecretField
          value={secret}
          hasSecret={!!saved?.hasSecret}
          required={!saved}
          error={fieldErrors.secret}
          hint={formatMessage(messages[saved?.hasSecret ? 'sync.form.secret.hint-edit' : 'alerts.secret.hint-new'])}
          onChange={setSecret}
          onGenerate={() => setSecret(generateWebhookSecret())}
        />
        <Field.Root name="enabled" hint={formatMessage(messages['alerts.enabled.hint'])}>
          <Field.Label>{formatMessage(messages['sync.form.enabled'])}</Field.Label>
          <Toggle
            checked={enabled}
            onLabel={formatMessage(messages['sync.on'])}
            offLabel={formatMessage(messages['sync.off'])}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => setEnabled(e.target.checked)}
          />
          <Field.Hint />
        </Field.Root>
        <Flex gap={2}>
          <Button type="submit" loading={busy}>
            {formatMessage(messages['alerts.save'])}
          </Button>
          <Button type="button" variant="secondary" disabled={!saved || busy} onClick={() => run(async () => (await onTest(), formatMessage(messages['alerts.test.sent'])))}>
            {formatMessage(messages['alerts.test'])}
          </Button>
        </Flex>
        {saved && (
          <Typography variant="pi" textColor="neutral600">
            {formatMessage(messages['alerts.since'], { date: formatDate(saved.alertsSince, { dateStyle: 'medium', timeStyle: 'short' }) })}
          </Typography>
        )}
      </Flex>
    </form>
  );
};
