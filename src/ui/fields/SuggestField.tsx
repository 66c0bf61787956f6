import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';

import { useFieldMessage } from '@/ui/hooks/useFieldMessage';

export interface SuggestFieldProps {
  label: string;
  /** The field path its findings are at. */
  path: string;
  value: string;
  onChange: (value: string) => void;
  options: readonly string[];
  /** Shown under the field while it has no finding. */
  help: string;
}

/** A free-text field with suggestions (the image, the priority class). */
export function SuggestField({ label, path, value, onChange, options, help }: SuggestFieldProps) {
  const { error, helperText, formHelperText } = useFieldMessage(path, help);
  return (
    <Autocomplete
      freeSolo
      options={options}
      inputValue={value}
      value={value}
      onInputChange={(_, next) => onChange(next)}
      onChange={(_, next) => onChange(next ?? '')}
      renderInput={(params) => (
        <TextField
          {...params}
          label={label}
          error={error}
          helperText={helperText}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'data-path': path, spellCheck: false },
            formHelperText,
          }}
        />
      )}
    />
  );
}
