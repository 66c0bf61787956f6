import TextField from '@mui/material/TextField';
import { createElement } from 'react';

import { useCodeAfterStart } from '@/ui/hooks/useCodeAfterStart';
import { leadingFinding, useFindingsAt } from '@/ui/hooks/useFindingsAt';

import { imageAutocompleteCode } from './imageAutocompleteCode';
import { IMAGE_HELP } from './imageHelp';

export interface ImageFieldProps {
  path: string;
  value: string;
  onChange: (image: string) => void;
}

/** The same field without suggestions, shown for the moment the suggestions take to load. */
function PlainImageField({ path, value, onChange }: ImageFieldProps) {
  const finding = leadingFinding(useFindingsAt(path));
  const isError = finding?.severity === 'error';
  return (
    <TextField
      label="Image"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      error={isError}
      helperText={finding?.message ?? IMAGE_HELP}
      slotProps={{
        htmlInput: { 'data-path': path, spellCheck: false },
        formHelperText: finding && !isError ? { sx: { color: 'warning.main' } } : undefined,
      }}
    />
  );
}

/** The image, free text with suggestions (the HostProcess base image and common agents). */
export function ImageField(props: ImageFieldProps) {
  const suggestions = useCodeAfterStart(imageAutocompleteCode);
  return suggestions ? createElement(suggestions, props) : <PlainImageField {...props} />;
}
