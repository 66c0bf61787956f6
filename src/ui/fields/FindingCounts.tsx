import Typography from '@mui/material/Typography';

import { problemCountsText, severityCounts } from '@/core/view/findingCounts';
import { useFindingsUnder } from '@/ui/hooks/useFindingsAt';

/** "2 errors, 1 warning" for everything at or below `path`; nothing when there are none. */
export function FindingCounts({ path }: { path: string }) {
  const counts = severityCounts(useFindingsUnder(path));
  const text = problemCountsText(counts);
  if (text === '') return null;
  return (
    <Typography
      variant="caption"
      component="span"
      sx={{ color: counts.error > 0 ? 'error.main' : 'text.secondary', fontWeight: 600 }}
    >
      {text}
    </Typography>
  );
}
