import { leadingFinding, useFindingsAt } from '@/ui/hooks/useFindingsAt';

/** The field's helper text and colours: its leading finding, else the help. */
export function useFieldMessage(path: string, help: string) {
  const finding = leadingFinding(useFindingsAt(path));
  const error = finding?.severity === 'error';
  return {
    error,
    helperText: finding?.message ?? help,
    formHelperText: finding && !error ? { sx: { color: 'warning.main' } } : undefined,
  };
}
