import * as React from 'react';
import { useCreditedImageForm } from '../../api/media';
import { CreditField } from './CreditField';
import type { CustomFieldInputProps } from '../common/customFieldInputProps';

/** The credit's input gets exactly what the Content Manager gives a custom field. */
export type CreditInputProps = CustomFieldInputProps;

/** The credited image's credit field in the Content Manager: `CreditField` on the component's sibling fields. */
export const CreditInput = React.forwardRef<HTMLInputElement, CreditInputProps>(
  ({ name, onChange, label, labelAction, hint, error, required, disabled }, ref) => {
    const { imageId, values, setValue, clearLocationRefusal } = useCreditedImageForm(name, onChange);
    return (
      <CreditField
        ref={ref}
        name={name}
        imageId={imageId}
        values={values}
        onValueChange={setValue}
        onLocationDecided={clearLocationRefusal}
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
