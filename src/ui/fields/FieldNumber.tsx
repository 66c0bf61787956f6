import { useState } from 'react';

import { FieldText, type FieldTextProps } from '@/ui/fields/FieldText';

export type FieldNumberProps = Omit<FieldTextProps, 'value' | 'onChange' | 'type'> & {
  value: number | null;
  /** null when the field is emptied (the key is left out of the YAML). */
  onChange: (value: number | null) => void;
  min?: number;
};

/** A whole-number input; empty means unset. */
export function FieldNumber({ value, onChange, min = 0, ...props }: FieldNumberProps) {
  // Keep what was typed while it is not (yet) a number, e.g. a lone "-".
  const [text, setText] = useState(value === null ? '' : String(value));
  const shown = toNumber(text) === value ? text : value === null ? '' : String(value);
  return (
    <FieldText
      {...props}
      value={shown}
      onChange={(next) => {
        setText(next);
        const parsed = toNumber(next);
        if (parsed !== undefined) onChange(parsed);
      }}
      slotProps={{ htmlInput: { inputMode: 'numeric', min } }}
    />
  );
}

function toNumber(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  return /^-?\d+$/.test(trimmed) ? Number(trimmed) : undefined;
}
