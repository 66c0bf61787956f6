import InputAdornment from '@mui/material/InputAdornment';
import NativeSelect from '@mui/material/NativeSelect';
import { useState } from 'react';

import { toQuantity, toQuantityParts, unitsFor } from '@/core/view/quantityParts';
import { FieldText } from '@/ui/fields/FieldText';

export interface QuantityFieldProps {
  /** Visible label, e.g. "CPU request". */
  label: string;
  /** Resource name: `cpu` gets millicores/cores, anything else byte units. */
  resource: string;
  /** The Kubernetes quantity string; '' when unset. */
  value: string;
  onChange: (quantity: string) => void;
  path: string;
  /** An inline problem (malformed, or above the limit), shown at once as an error. */
  localError?: string;
}

/** A Kubernetes quantity as a number and a unit picker; stores the quantity string (`500m`, `1Gi`). */
export function QuantityField({
  label,
  resource,
  value,
  onChange,
  path,
  localError,
}: QuantityFieldProps) {
  const units = unitsFor(resource);
  const parts = toQuantityParts(value, units);
  // Remember the picked unit while the number is empty, so typing after picking keeps it.
  const [emptyUnit, setEmptyUnit] = useState(resource === 'cpu' ? 'm' : 'Mi');
  const unit = value === '' ? emptyUnit : parts.unit;
  return (
    <FieldText
      label={label}
      path={path}
      value={parts.number}
      onChange={(number) => onChange(toQuantity(number, unit))}
      localError={localError}
      slotProps={{
        htmlInput: { inputMode: 'decimal' },
        input: {
          endAdornment: (
            <InputAdornment position="end">
              <NativeSelect
                disableUnderline
                value={unit}
                onChange={(event) => {
                  setEmptyUnit(event.target.value);
                  onChange(toQuantity(parts.number, event.target.value));
                }}
                inputProps={{ 'aria-label': `${label} unit` }}
                sx={{ fontSize: 14 }}
              >
                {units.map((u) => (
                  <option key={u.suffix} value={u.suffix}>
                    {u.label}
                  </option>
                ))}
              </NativeSelect>
            </InputAdornment>
          ),
        },
      }}
    />
  );
}
