import type { Finding, Severity } from '@/core/validation/types';

/** One severity's findings, for a grouped list. */
export interface FindingGroup {
  severity: Severity;
  title: string;
  findings: Finding[];
}

const GROUP_TITLES: Record<Severity, string> = {
  error: 'Errors',
  warning: 'Warnings',
  info: 'Advice',
};

/** Findings grouped by severity, most severe first; empty groups left out; order kept within. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return (['error', 'warning', 'info'] as const)
    .map((severity) => ({
      severity,
      title: GROUP_TITLES[severity],
      findings: findings.filter((f) => f.severity === severity),
    }))
    .filter((group) => group.findings.length > 0);
}

/** "1 error", "2 warnings", "1 advice". */
export function countLabel(count: number, severity: Severity): string {
  if (severity === 'info') return `${count} advice`;
  return `${count} ${severity}${count === 1 ? '' : 's'}`;
}
