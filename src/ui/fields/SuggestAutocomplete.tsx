import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';

import { useFieldMessage } from '@/ui/hooks/useFieldMessage';

import type { SuggestFieldProps } from './SuggestField';

/** `SuggestField` with its suggestions (loaded lazily, hence the default export). */
export default function SuggestAutocomplete({
  label,
  path,
  value,
  onChange,
  options,
  help,
}: SuggestFieldProps) {
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
