import TextField, { type TextFieldProps } from '@mui/material/TextField';

import { useFieldMessage } from '@/ui/hooks/useFieldMessage';

export type FieldTextProps = Omit<TextFieldProps, 'onChange' | 'value' | 'error'> & {
  /** The FieldPath this input edits: its findings become helper text. */
  path: string;
  value: string;
  onChange: (value: string) => void;
  /** A problem the form sees before the validator does (inline syntax); shown as an error. */
  localError?: string;
  /** A risk the form sees at once, shown as a warning until the validator's finding is in. */
  localWarning?: string;
};

/** A text input bound to one field path: shows that field's finding in error or warning colour. */
export function FieldText({
  path,
  value,
  onChange,
  helperText,
  localError,
  localWarning,
  slotProps,
  ...props
}: FieldTextProps) {
  const message = useFieldMessage(path, helperText, { error: localError, warning: localWarning });
  return (
    <TextField
      {...props}
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={message.error}
      helperText={message.helperText}
      slotProps={{
        ...slotProps,
        htmlInput: {
          ...(slotProps?.htmlInput as object | undefined),
          'data-path': path,
          spellCheck: false,
        },
        formHelperText: message.formHelperText ?? slotProps?.formHelperText,
      }}
    />
  );
}
