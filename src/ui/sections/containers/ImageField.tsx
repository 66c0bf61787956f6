import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { useMemo } from 'react';

import { imageSuggestions } from '@/core/ui/imageSuggestions';
import { useDraft } from '@/state/draftStore';
import { leadingFinding, useFindingsAt } from '@/ui/hooks/useFindingsAt';

export interface ImageFieldProps {
  path: string;
  value: string;
  onChange: (image: string) => void;
}

/** The image, free text with suggestions (the HostProcess base image and common agents). */
export function ImageField({ path, value, onChange }: ImageFieldProps) {
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
          helperText={
            finding?.message ??
            'Any Windows image works; the HostProcess base image is the smallest.'
          }
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
