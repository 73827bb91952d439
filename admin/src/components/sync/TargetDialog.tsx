import { Box, Button, Field, Flex, Grid, Modal, NumberInput, TextInput, Toggle, Typography } from '@strapi/design-system';
import { Duplicate } from '@strapi/icons';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { fieldErrorsOf, useErrorMessage, useSyncApi, type PayloadMode, type TargetInput, type TargetView } from '../../api/sync';
import { messages } from '../../translations/messages';
import { generateWebhookSecret } from '../../utils/secret';
import { FormErrorAlerts } from '../common/FormErrorAlerts';
import { RadioGroupField } from '../common/RadioGroupField';
import { SecretField } from '../common/SecretField';
import { PAYLOAD_MODES } from './labels';

export interface TargetDialogProps {
  open: boolean;
  /** The target to edit, or null to add one. */
  target: TargetView | null;
  onOpenChange: (open: boolean) => void;
  onSaved: (target: TargetView, created: boolean) => void;
}

interface FormState {
  name: string;
  url: string;
  secret: string;
  enabled: boolean;
  payloadMode: PayloadMode;
  revalidateUrl: string;
  timeoutMs: number | undefined;
  maxAttempts: number | undefined;
}

const initialState = (target: TargetView | null): FormState => ({
  name: target?.name ?? '',
  url: target?.url ?? '',
  // Write-only: the server never returns it, and the form never shows a stored one.
  secret: '',
  enabled: target?.enabled ?? true,
  payloadMode: target?.payloadMode ?? 'snapshot',
  revalidateUrl: target?.revalidateUrl ?? '',
  timeoutMs: target?.timeoutMs ?? 5000,
  // Empty: the plugin's retry schedule (24 hours by default) decides when a delivery is dead.
  maxAttempts: target?.maxAttempts ?? undefined,
});

const FIELDS = ['name', 'url', 'secret', 'enabled', 'payloadMode', 'revalidateUrl', 'timeoutMs', 'maxAttempts'];

/**
 * Add or edit a sync target. The signing secret is write-only: on edit the field starts empty and an
 * empty field keeps the stored secret (nothing is sent). "Generate secret" makes a Standard Webhooks
 * secret in the browser and shows it once, to be copied to the site. Server field errors appear under
 * their fields.
 */
export const TargetDialog = ({ open, target, onOpenChange, onSaved }: TargetDialogProps) => {
  const { formatMessage } = useIntl();
  const api = useSyncApi();
  const errorMessage = useErrorMessage();
  const isEdit = target !== null;
  const [form, setForm] = React.useState<FormState>(() => initialState(target));
  const [generated, setGenerated] = React.useState<string | null>(null);
  const [copied, setCopied] = React.useState(false);
  const [fieldErrors, setFieldErrors] = React.useState<Record<string, string>>({});
  const [formError, setFormError] = React.useState<string | null>(null);
  const [submitting, setSubmitting] = React.useState(false);

  // Each opening starts from the target as stored (never from a half-typed or generated secret).
  React.useEffect(() => {
    if (open) {
      setForm(initialState(target));
      setGenerated(null);
      setCopied(false);
      setFieldErrors({});
      setFormError(null);
    }
  }, [open, target]);

  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => {
    setForm((previous) => ({ ...previous, [key]: value }));
    setFieldErrors(({ [key]: _dropped, ...rest }) => rest);
  };

  const generate = () => {
    const secret = generateWebhookSecret();
    set('secret', secret);
    setGenerated(secret);
    setCopied(false);
  };

  const copy = async () => {
    if (!generated) return;
    try {
      await navigator.clipboard.writeText(generated);
      setCopied(true);
    } catch {
      // No clipboard access (http, permissions): the secret stays visible to select by hand.
    }
  };

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setSubmitting(true);
    setFieldErrors({});
    setFormError(null);
    const secret = form.secret.trim();
    const input: TargetInput = {
      name: form.name.trim(),
      url: form.url.trim(),
      enabled: form.enabled,
      payloadMode: form.payloadMode,
      revalidateUrl: form.revalidateUrl.trim() || null,
      ...(form.timeoutMs !== undefined ? { timeoutMs: form.timeoutMs } : {}),
      maxAttempts: form.maxAttempts ?? null,
      // Editing: an empty secret field means "keep the current one", so nothing is sent.
      ...(secret || !isEdit ? { secret } : {}),
    };
    try {
      const saved = isEdit ? await api.updateTarget(target.id, input) : await api.createTarget(input);
      onOpenChange(false);
      onSaved(saved, !isEdit);
    } catch (error) {
      const fields = fieldErrorsOf(error);
      if (Object.keys(fields).length > 0) setFieldErrors(fields);
      else setFormError(formatMessage(messages['sync.form.failed'], { message: errorMessage(error) }));
    } finally {
      setSubmitting(false);
    }
  };

  const otherFieldErrors = Object.entries(fieldErrors).filter(([path]) => !FIELDS.includes(path));

  return (
    <Modal.Root open={open} onOpenChange={onOpenChange}>
      <Modal.Content>
        <form onSubmit={submit} noValidate autoComplete="off">
          <Modal.Header>
            <Modal.Title>
              {isEdit ? formatMessage(messages['sync.form.edit-title'], { name: target.name }) : formatMessage(messages['sync.form.add-title'])}
            </Modal.Title>
          </Modal.Header>
          <Modal.Body>
            <Flex direction="column" alignItems="stretch" gap={5}>
              <FormErrorAlerts
                formError={formError}
                otherFieldErrors={otherFieldErrors}
                onCloseFormError={() => setFormError(null)}
                onCloseFieldErrors={() => setFieldErrors({})}
              />
              <Field.Root name="name" required error={fieldErrors.name} hint={formatMessage(messages['sync.form.name.hint'])}>
                <Field.Label>{formatMessage(messages['sync.form.name'])}</Field.Label>
                <TextInput value={form.name} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('name', e.target.value)} />
                <Field.Hint />
                <Field.Error />
              </Field.Root>
              <Field.Root name="url" required error={fieldErrors.url} hint={formatMessage(messages['sync.form.url.hint'])}>
                <Field.Label>{formatMessage(messages['sync.form.url'])}</Field.Label>
                <TextInput
                  type="url"
                  value={form.url}
                  placeholder="https://www.example.com/webhooks/strapi"
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('url', e.target.value)}
                />
                <Field.Hint />
                <Field.Error />
              </Field.Root>

              <Flex direction="column" alignItems="stretch" gap={2}>
                <SecretField
                  value={form.secret}
                  hasSecret={!!target?.hasSecret}
                  required={!isEdit}
                  error={fieldErrors.secret}
                  hint={formatMessage(messages[isEdit ? 'sync.form.secret.hint-edit' : 'sync.form.secret.hint-new'])}
                  onChange={(value) => {
                    set('secret', value);
                    setGenerated(null);
                  }}
                  onGenerate={generate}
                />
                {generated && (
                  <Box background="warning100" borderColor="warning200" borderStyle="solid" borderWidth="1px" hasRadius padding={3}>
                    <Flex direction="column" alignItems="stretch" gap={2}>
                      <Typography variant="pi" textColor="warning700" fontWeight="bold">
                        {formatMessage(messages['sync.form.secret.generated'])}
                      </Typography>
                      <Flex gap={2} alignItems="center">
                        <Typography
                          tag="code"
                          variant="pi"
                          data-testid="generated-secret"
                          style={{ fontFamily: 'monospace', wordBreak: 'break-all', userSelect: 'all', flex: 1 }}
                        >
                          {generated}
                        </Typography>
                        <Button type="button" variant="tertiary" size="S" startIcon={<Duplicate />} onClick={copy}>
                          {formatMessage(messages[copied ? 'sync.form.secret.copied' : 'sync.form.secret.copy'])}
                        </Button>
                      </Flex>
                    </Flex>
                  </Box>
                )}
              </Flex>

              <Field.Root name="enabled" error={fieldErrors.enabled} hint={formatMessage(messages['sync.form.enabled.hint'])}>
                <Field.Label>{formatMessage(messages['sync.form.enabled'])}</Field.Label>
                <Toggle
                  checked={form.enabled}
                  onLabel={formatMessage(messages['sync.on'])}
                  offLabel={formatMessage(messages['sync.off'])}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('enabled', e.target.checked)}
                />
                <Field.Hint />
                <Field.Error />
              </Field.Root>

              <RadioGroupField
                name="payloadMode"
                label={formatMessage(messages['sync.form.mode'])}
                value={form.payloadMode}
                options={PAYLOAD_MODES.map((mode) => ({
                  value: mode,
                  label: formatMessage(mode === 'snapshot' ? messages['sync.mode.snapshot'] : messages['sync.mode.event']),
                  hint: formatMessage(mode === 'snapshot' ? messages['sync.mode.snapshot.hint'] : messages['sync.mode.event.hint']),
                }))}
                onChange={(mode) => set('payloadMode', mode)}
                error={fieldErrors.payloadMode}
              />

              <Field.Root name="revalidateUrl" error={fieldErrors.revalidateUrl} hint={formatMessage(messages['sync.form.revalidate.hint'])}>
                <Field.Label>{formatMessage(messages['sync.form.revalidate'])}</Field.Label>
                <TextInput
                  type="url"
                  value={form.revalidateUrl}
                  onChange={(e: React.ChangeEvent<HTMLInputElement>) => set('revalidateUrl', e.target.value)}
                />
                <Field.Hint />
                <Field.Error />
              </Field.Root>

              <Grid.Root gap={4}>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="timeoutMs" error={fieldErrors.timeoutMs} hint={formatMessage(messages['sync.form.timeout.hint'])}>
                    <Field.Label>{formatMessage(messages['sync.form.timeout'])}</Field.Label>
                    <NumberInput value={form.timeoutMs} step={500} onValueChange={(value) => set('timeoutMs', value)} />
                    <Field.Hint />
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
                <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
                  <Field.Root name="maxAttempts" error={fieldErrors.maxAttempts} hint={formatMessage(messages['sync.form.max-attempts.hint'])}>
                    <Field.Label>{formatMessage(messages['sync.form.max-attempts'])}</Field.Label>
                    <NumberInput value={form.maxAttempts} onValueChange={(value) => set('maxAttempts', value)} />
                    <Field.Hint />
                    <Field.Error />
                  </Field.Root>
                </Grid.Item>
              </Grid.Root>
            </Flex>
          </Modal.Body>
          <Modal.Footer>
            <Modal.Close>
              <Button variant="tertiary">{formatMessage(messages['sync.cancel'])}</Button>
            </Modal.Close>
            <Button type="submit" loading={submitting}>
              {formatMessage(messages['sync.form.save'])}
            </Button>
          </Modal.Footer>
        </form>
      </Modal.Content>
    </Modal.Root>
  );
};
