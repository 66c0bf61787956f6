import type { TextFieldProps } from '@mui/material/TextField';

import { FieldText } from '@/ui/fields/FieldText';

export interface FieldSelectProps<V extends string> {
  label: string;
  path: string;
  value: V;
  options: ReadonlyArray<{ value: V; label: string }>;
  onChange: (value: V) => void;
  helperText?: TextFieldProps['helperText'];
  sx?: TextFieldProps['sx'];
}

/** A native select bound to a field path (keyboard- and phone-friendly). */
export function FieldSelect<V extends string>({
  label,
  path,
  value,
  options,
  onChange,
  helperText,
  sx,
}: FieldSelectProps<V>) {
  return (
    <FieldText
      select
      label={label}
      path={path}
      value={value}
      onValueChange={(next) => onChange(next as V)}
      helperText={helperText}
      sx={sx}
      slotProps={{ select: { native: true }, inputLabel: { shrink: true } }}
    >
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </FieldText>
  );
}
