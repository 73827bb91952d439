import { Box, Button, Field, Flex, TextInput } from '@strapi/design-system';
import { Key } from '@strapi/icons';
import * as React from 'react';
import { useIntl } from 'react-intl';
import { messages } from '../../translations/messages';

export type SecretFieldProps = {
  value: string;
  /** A secret is stored: the field stays empty (secrets are write-only) and shows dots instead. */
  hasSecret: boolean;
  required: boolean;
  hint: string;
  error?: string;
  onChange: (value: string) => void;
  onGenerate: () => void;
};

/** A write-only signing secret (sync targets, the alert target): typed or generated, never read back. */
export const SecretField = ({ value, hasSecret, required, hint, error, onChange, onGenerate }: SecretFieldProps) => {
  const { formatMessage } = useIntl();
  return (
    <Field.Root name="secret" required={required} error={error} hint={hint}>
      <Field.Label>{formatMessage(messages['sync.form.secret'])}</Field.Label>
      <Flex gap={2} alignItems="flex-start">
        <Box flex="1">
          <TextInput
            type="password"
            autoComplete="new-password"
            value={value}
            placeholder={hasSecret ? '••••••••' : 'whsec_…'}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
          />
        </Box>
        <Button type="button" variant="secondary" size="L" startIcon={<Key />} onClick={onGenerate}>
          {formatMessage(messages['sync.form.secret.generate'])}
        </Button>
      </Flex>
      <Field.Hint />
      <Field.Error />
    </Field.Root>
  );
};
