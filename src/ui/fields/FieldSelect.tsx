import type { TextFieldProps } from '@mui/material/TextField';

import type { FormOption } from '@/core/view/formFields';
import { FieldText } from '@/ui/fields/FieldText';

export interface FieldSelectProps<V extends string> {
  label: string;
  path: string;
  value: V;
  options: ReadonlyArray<FormOption<V>>;
  onChange: (value: V) => void;
  helperText?: TextFieldProps['helperText'];
  sx?: TextFieldProps['sx'];
}

/** A native select bound to a field path (keyboard- and phone-friendly). */
export function FieldSelect<V extends string>({
  options,
  onChange,
  ...props
}: FieldSelectProps<V>) {
  return (
    <FieldText
      {...props}
      select
      onChange={(next) => onChange(next as V)}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      {options.map((option) => {
        const { value, label } =
          typeof option === 'string' ? { value: option, label: option } : option;
        return (
          <option key={value} value={value}>
            {label}
          </option>
        );
      })}
    </FieldText>
  );
}
