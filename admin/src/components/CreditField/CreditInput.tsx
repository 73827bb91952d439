import * as React from 'react';
import { useCreditedImageForm } from '../../api/media';
import { CreditField } from './CreditField';

/** The props the Content Manager gives a custom field's input (Strapi 5: the field's props plus `useField(name)`). */
export interface CreditInputProps {
  /** The credit's full path in the form: `heroImage.credit`, `body.2.credit`. */
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

/** The credited image's credit field in the Content Manager: `CreditField` on the component's sibling fields. */
export const CreditInput = React.forwardRef<HTMLInputElement, CreditInputProps>(
  ({ name, onChange, label, labelAction, hint, error, required, disabled }, ref) => {
    const { imageId, values, setValue } = useCreditedImageForm(name, onChange);
    return (
      <CreditField
        ref={ref}
        name={name}
        imageId={imageId}
        values={values}
        onValueChange={setValue}
        label={label}
        labelAction={labelAction}
        hint={hint}
        error={error}
        required={required}
        disabled={disabled}
      />
    );
  },
);
CreditInput.displayName = 'CreditInput';

export default CreditInput;
