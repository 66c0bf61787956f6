import TextField, { type TextFieldProps } from '@mui/material/TextField';

import { leadingFinding, useFindingsAt } from '@/ui/hooks/useFindingsAt';

export type FieldTextProps = Omit<TextFieldProps, 'onChange' | 'value' | 'error'> & {
  /** The FieldPath this input edits: its findings become helper text. */
  path: string;
  value: string;
  onValueChange: (value: string) => void;
  /** A problem the form sees before the validator does (inline syntax); shown as an error. */
  localError?: string;
  /** A risk the form sees at once, shown as a warning until the validator's finding is in. */
  localWarning?: string;
};

/** A text input bound to one field path: shows that field's finding in error or warning colour. */
export function FieldText({
  path,
  value,
  onValueChange,
  helperText,
  localError,
  localWarning,
  slotProps,
  ...props
}: FieldTextProps) {
  const finding = leadingFinding(useFindingsAt(path));
  const hasError = localError !== undefined || finding?.severity === 'error';
  const isWarning =
    !hasError && (finding?.severity === 'warning' || (!finding && localWarning !== undefined));
  return (
    <TextField
      {...props}
      value={value}
      onChange={(event) => onValueChange(event.target.value)}
      error={hasError}
      helperText={localError ?? finding?.message ?? localWarning ?? helperText}
      slotProps={{
        ...slotProps,
        htmlInput: {
          ...(slotProps?.htmlInput as object | undefined),
          'data-path': path,
          spellCheck: false,
        },
        formHelperText: isWarning
          ? { className: 'field-warning', sx: { color: 'warning.main' } }
          : slotProps?.formHelperText,
      }}
    />
  );
}
