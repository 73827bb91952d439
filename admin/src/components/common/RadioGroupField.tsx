import { Box, Flex, Radio, Typography } from '@strapi/design-system';
import * as React from 'react';

export interface RadioOption<Value extends string> {
  value: Value;
  label: React.ReactNode;
  /** A short explanation after the label, in smaller type (the label is then set in bold). */
  hint?: React.ReactNode;
  disabled?: boolean;
}

const LAYOUTS = {
  stacked: undefined,
  inline: { display: 'flex', gap: '2.4rem' },
  'two-columns': { display: 'grid', gridTemplateColumns: 'repeat(2, minmax(0, 1fr))', gap: '0.8rem 1.6rem' },
} as const;

export interface RadioGroupFieldProps<Value extends string> {
  name: string;
  /** The visible label; the group is named by it for screen readers. */
  label: string;
  value: Value;
  options: RadioOption<Value>[];
  onChange: (value: Value) => void;
  /** The server's message for this field, shown under the options. */
  error?: string;
  layout?: keyof typeof LAYOUTS;
}

/** A labelled set of radio options, as the plugin's dialogs ask for one choice among a few. */
export const RadioGroupField = <Value extends string>({
  name,
  label,
  value,
  options,
  onChange,
  error,
  layout = 'stacked',
}: RadioGroupFieldProps<Value>) => {
  const labelId = React.useId();
  const items = options.map((option) => (
    <Radio.Item key={option.value} value={option.value} disabled={option.disabled}>
      {option.hint ? (
        <>
          <Typography fontWeight="semiBold">{option.label}</Typography>{' '}
          <Typography variant="pi" textColor="neutral600">
            {option.hint}
          </Typography>
        </>
      ) : (
        option.label
      )}
    </Radio.Item>
  ));
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Typography variant="pi" fontWeight="bold" textColor="neutral800" id={labelId}>
        {label}
      </Typography>
      <Radio.Group name={name} value={value} aria-labelledby={labelId} onValueChange={(next) => onChange(next as Value)}>
        {LAYOUTS[layout] ? <Box style={LAYOUTS[layout]}>{items}</Box> : items}
      </Radio.Group>
      {error && (
        <Typography variant="pi" textColor="danger600">
          {error}
        </Typography>
      )}
    </Flex>
  );
};
