import { useState } from 'react';

import { parseWholeNumber, shownNumber } from '@/core/view/typedText';
import { FieldText, type FieldTextProps } from '@/ui/fields/FieldText';

export type FieldNumberProps = Omit<FieldTextProps, 'value' | 'onChange' | 'type'> & {
  value: number | null;
  /** null when the field is emptied (the key is left out of the YAML). */
  onChange: (value: number | null) => void;
};

/** A whole-number input, from 0 up; empty means unset. */
export function FieldNumber({ value, onChange, ...props }: FieldNumberProps) {
  const [text, setText] = useState(value === null ? '' : String(value));
  return (
    <FieldText
      {...props}
      value={shownNumber(text, value)}
      onChange={(next) => {
        setText(next);
        const parsed = parseWholeNumber(next);
        if (parsed !== undefined) onChange(parsed);
      }}
      slotProps={{ htmlInput: { inputMode: 'numeric', min: 0 } }}
    />
  );
}
