import TextField, { type TextFieldProps } from '@mui/material/TextField';
import { memo, useLayoutEffect, useRef, useState, type RefObject } from 'react';

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

type TypedInputProps = Omit<TextFieldProps, 'value' | 'onChange'> & {
  path: string;
  filled: boolean;
  tone: ReturnType<typeof useFieldMessage>['formHelperText'];
  input: RefObject<HTMLInputElement | null>;
  onText: RefObject<(value: string) => void>;
};

/**
 * The input, uncontrolled: the browser shows what is typed, so a keystroke re-renders none of
 * MUI's thirty-odd input parts (0.5 ms of a form keystroke's median, A/B in Chromium). The label
 * sits by `filled` and focus, which MUI cannot tell when FieldText writes a value in.
 */
const TypedInput = memo(function TypedInput({
  path,
  filled,
  tone,
  input,
  onText,
  slotProps,
  ...props
}: TypedInputProps) {
  const [focused, setFocused] = useState(false);
  return (
    <TextField
      {...props}
      inputRef={input}
      onChange={(event) => onText.current(event.target.value)}
      onFocus={() => setFocused(true)}
      onBlur={() => setFocused(false)}
      slotProps={{
        ...slotProps,
        inputLabel: { shrink: filled || focused, ...slotProps?.inputLabel },
        htmlInput: { ...(slotProps?.htmlInput as object), 'data-path': path, spellCheck: false },
        formHelperText: tone ?? slotProps?.formHelperText,
      }}
    />
  );
});

/** A text input bound to one field path: shows that field's finding in error or warning colour. */
export function FieldText({
  path,
  value,
  onChange,
  helperText,
  localError,
  localWarning,
  ...props
}: FieldTextProps) {
  const message = useFieldMessage(path, helperText, { error: localError, warning: localWarning });
  const input = useRef<HTMLInputElement>(null);
  const onText = useRef(onChange);
  const [initial] = useState(value);
  useLayoutEffect(() => {
    onText.current = onChange;
    // A change from elsewhere (undo, the YAML editor, a preset): typing shows itself already.
    if (input.current && input.current.value !== value) input.current.value = value;
  });
  return (
    <TypedInput
      {...props}
      defaultValue={initial}
      path={path}
      filled={value !== ''}
      error={message.error}
      helperText={message.helperText}
      tone={message.formHelperText}
      input={input}
      onText={onText}
    />
  );
}
