import type { ReactNode } from 'react';

import { fieldMessage } from '@/core/view/fieldMessage';
import { useFindingsAt } from '@/ui/hooks/useFindingsAt';

/** Stable, so a field in warning colour can skip re-rendering while its message stays. */
const WARNING_HELPER_TEXT = { className: 'field-warning', sx: { color: 'warning.main' } };

/** What a field says under it and in which colour (see `fieldMessage`); the help when nothing. */
export function useFieldMessage(
  path: string,
  help?: ReactNode,
  own: { error?: string; warning?: string } = {},
) {
  const { tone, text } = fieldMessage(useFindingsAt(path), own);
  return {
    error: tone === 'error',
    helperText: text ?? help,
    formHelperText: tone === 'warning' ? WARNING_HELPER_TEXT : undefined,
  };
}
