import { Field, Textarea } from '@strapi/design-system';
import * as React from 'react';

export type TextareaFieldProps = {
  name: string;
  label: string;
  hint: string;
  value: string;
  error?: string;
  required?: boolean;
  onChange: (value: string) => void;
};

/** A labelled multi-line field with its hint and the server's error for it (notes, reasons). */
export const TextareaField = ({ name, label, hint, value, error, required = false, onChange }: TextareaFieldProps) => (
  <Field.Root name={name} required={required} error={error} hint={hint}>
    <Field.Label>{label}</Field.Label>
    <Textarea value={value} onChange={(e: React.ChangeEvent<HTMLTextAreaElement>) => onChange(e.target.value)} />
    <Field.Hint />
    <Field.Error />
  </Field.Root>
);
