import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useMemo } from 'react';

import { imageSuggestions } from '@/core/ui/imageSuggestions';
import { useDraft } from '@/state/draftStore';
import { leadingFinding, useFindingsAt } from '@/ui/hooks/useFindingsAt';

import { IMAGE_HELP } from './imageHelp';

import type { ImageFieldProps } from './ImageField';

/** The image with suggestions; loaded after the first render (Autocomplete and Popper are big). */
export function ImageAutocomplete({ path, value, onChange }: ImageFieldProps) {
  const finding = leadingFinding(useFindingsAt(path));
  const containers = useDraft((d) => d.containers);
  const options = useMemo(() => imageSuggestions(containers.map((c) => c.image)), [containers]);
  const isError = finding?.severity === 'error';
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
          label="Image"
          error={isError}
          helperText={finding?.message ?? IMAGE_HELP}
          slotProps={{
            ...params.slotProps,
            htmlInput: { ...params.slotProps.htmlInput, 'data-path': path, spellCheck: false },
            formHelperText: finding && !isError ? { sx: { color: 'warning.main' } } : undefined,
          }}
        />
      )}
    />
  );
}
