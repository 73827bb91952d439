import type * as React from 'react';

/** The props the Content Manager gives a custom field's input (Strapi 5: the field's props plus `useField(name)`). */
export interface CustomFieldInputProps {
  /** The field's full path in the form: `heroImage.credit`, `body.2.credit`, `geojson`. */
  name: string;
  /** Strapi 5's form `onChange(path, value)`. */
  onChange: (name: string, value: unknown) => void;
  label?: React.ReactNode;
  labelAction?: React.ReactNode;
  hint?: React.ReactNode;
  error?: string;
  required?: boolean;
  disabled?: boolean;
}
