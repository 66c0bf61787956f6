import Alert from '@mui/material/Alert';
import Stack from '@mui/material/Stack';

import { useFindingsAt } from '@/ui/hooks/useFindingsAt';

export interface FieldFindingsProps {
  /** Findings at exactly this path are shown; a field group with no input of its own uses it. */
  path: string;
}

/**
 * The findings of a path no single input edits (a whole map, `…resources.requests`), shown in
 * place. It carries the path so that clicking the finding brings focus here.
 */
export function FieldFindings({ path }: FieldFindingsProps) {
  const findings = useFindingsAt(path);
  if (findings.length === 0) return null;
  return (
    <Stack spacing={1}>
      {findings.map((finding, index) => (
        <Alert
          key={`${finding.ruleId}-${index}`}
          severity={finding.severity}
          tabIndex={-1}
          data-path={path}
          sx={{ py: 0 }}
        >
          {finding.message}
        </Alert>
      ))}
    </Stack>
  );
}
