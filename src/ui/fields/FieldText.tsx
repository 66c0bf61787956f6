import TextField, { type TextFieldProps } from '@mui/material/TextField';

import type { Finding } from '@/core/validation/types';
import { useFindingsAt } from '@/ui/hooks/useFindingsAt';

export type FieldTextProps = Omit<TextFieldProps, 'onChange' | 'value' | 'error'> & {
  /** The FieldPath this input edits: its findings become helper text. */
  path: string;
  value: string;
  onValueChange: (value: string) => void;
};

function helperFor(findings: readonly Finding[], fallback: TextFieldProps['helperText']) {
  const first = findings.find((f) => f.severity === 'error') ?? findings[0];
  return first ? first.message : fallback;
}

/** A text input bound to one field path: shows that field's finding in error or warning colour. */
export function FieldText({ path, value, onValueChange, helperText, ...props }: FieldTextProps) {
  const findings = useFindingsAt(path);
  const hasError = findings.some((f) => f.severity === 'error');
  const hasWarning = !hasError && findings.some((f) => f.severity === 'warning');
  return (
    <TextField
      {...props}
      value={value}
      onChange={(event) => onValueChange(event.target.value)}
      error={hasError}
      color={hasWarning ? 'warning' : undefined}
      focused={hasWarning ? true : undefined}
      helperText={helperFor(findings, helperText)}
      slotProps={{ ...props.slotProps, htmlInput: { 'data-path': path, spellCheck: false } }}
    />
  );
}
