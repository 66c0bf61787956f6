import type { TextFieldProps } from '@mui/material/TextField';

import { FieldText } from '@/ui/fields/FieldText';

/** A choice: its value, shown as is, or a value with its own label. */
export type SelectOption<V extends string> = V | { value: V; label: string };

export interface FieldSelectProps<V extends string> {
  label: string;
  path: string;
  value: V;
  options: ReadonlyArray<SelectOption<V>>;
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
      onValueChange={(next) => onChange(next as V)}
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
