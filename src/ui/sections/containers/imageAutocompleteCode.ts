import { preloadable } from '@/ui/layout/preloadable';

import type { ImageFieldProps } from './ImageField';

/** The image field's suggestions (MUI Autocomplete): a chunk of its own, loaded after start. */
export const imageAutocompleteCode = preloadable<ImageFieldProps>(() =>
  import('./ImageAutocomplete').then((m) => m.ImageAutocomplete),
);
