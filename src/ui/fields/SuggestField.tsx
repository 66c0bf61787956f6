import TextField from '@mui/material/TextField';
import { lazy, Suspense, useSyncExternalStore } from 'react';

import { useFieldMessage } from '@/ui/hooks/useFieldMessage';

/** A free-text field with suggestions (the image, the priority class). */
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

// MUI Autocomplete is a large part of the form's code: it loads once the form is on screen (after
// the first render, also the prerendered one), and the plain field stands in until then.
const SuggestAutocomplete = lazy(() => import('./SuggestAutocomplete'));

const subscribeToNothing = () => () => {};
const isBrowser = () => true;
const isServer = () => false;

/** Free text with suggestions. */
export function SuggestField(props: SuggestFieldProps) {
  const { error, helperText, formHelperText } = useFieldMessage(props.path, props.help);
  // False in the prerender and while hydrating it, true in the browser after that.
  const inBrowser = useSyncExternalStore(subscribeToNothing, isBrowser, isServer);
  const plain = (
    <TextField
      label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      error={error}
      helperText={helperText}
      slotProps={{ htmlInput: { 'data-path': props.path, spellCheck: false }, formHelperText }}
    />
  );
  if (!inBrowser) return plain;
  return (
    <Suspense fallback={plain}>
      <SuggestAutocomplete {...props} />
    </Suspense>
  );
}
