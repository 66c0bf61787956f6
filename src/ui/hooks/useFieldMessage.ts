import type { ReactNode } from 'react';

import { leadingFinding, useFindingsAt } from '@/ui/hooks/useFindingsAt';

/**
 * What a field says under it and in which colour: its own error (seen before the validator's), else
 * its leading finding, else its own warning, else the help.
 */
export function useFieldMessage(
  path: string,
  help?: ReactNode,
  own: { error?: string; warning?: string } = {},
) {
  const finding = leadingFinding(useFindingsAt(path));
  const error = own.error !== undefined || finding?.severity === 'error';
  const warning =
    !error && (finding?.severity === 'warning' || (!finding && own.warning !== undefined));
  return {
    error,
    helperText: own.error ?? finding?.message ?? own.warning ?? help,
    formHelperText: warning
      ? { className: 'field-warning', sx: { color: 'warning.main' } }
      : undefined,
  };
}
