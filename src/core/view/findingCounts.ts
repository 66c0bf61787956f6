import type { Finding, Severity } from '@/core/validation/types';
import { countLabel } from '@/core/view/findingGroups';

/** How many of `findings` have each severity. */
export function severityCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity] += 1;
  return counts;
}

/** "2 errors, 1 warning": the errors and warnings counted; '' when there are none. */
export function problemCountsText(counts: Record<Severity, number>): string {
  const parts = [
    counts.error > 0 ? countLabel(counts.error, 'error') : '',
    counts.warning > 0 ? countLabel(counts.warning, 'warning') : '',
  ];
  return parts.filter(Boolean).join(', ');
}
