import Typography from '@mui/material/Typography';

import { countLabel } from '@/core/view/findingGroups';
import { useFindingsUnder } from '@/ui/hooks/useFindingsAt';

/** "2 errors, 1 warning" for everything at or below `path`; nothing when there are none. */
export function FindingCounts({ path }: { path: string }) {
  const findings = useFindingsUnder(path);
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const parts = [
    errors > 0 ? countLabel(errors, 'error') : '',
    warnings > 0 ? countLabel(warnings, 'warning') : '',
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <Typography
      variant="caption"
      component="span"
      sx={{ color: errors > 0 ? 'error.main' : 'text.secondary', fontWeight: 600 }}
    >
      {parts.join(', ')}
    </Typography>
  );
}
