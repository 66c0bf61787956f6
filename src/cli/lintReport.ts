import type { PodSecurityLevel } from '@/core/validation/podSecurityLevel';
import type { Finding } from '@/core/validation/types';

import { escapeForTerminal, escapeForWorkflow } from './terminalText';

/** A finding with the 1-based line of the source file it points at, when known. */
export type LintFinding = Finding & { line?: number };

/** One workload (or other object with findings) in the report. */
export interface LintEntry {
  file: string;
  kind: string;
  name: string;
  /** null for objects without a pod template (ConfigMap, …). */
  podSecurityLevel: PodSecurityLevel | null;
  findings: LintFinding[];
}

/** How the report is printed: for people, for programs, for GitHub Actions, or as SARIF 2.1.0. */
export type LintFormat = 'text' | 'json' | 'github' | 'sarif';

/** Totals for the summary line. */
export interface LintTotals {
  files: number;
  unreadable: number;
}

const COLORS: Record<Finding['severity'], string> = {
  error: '\u001b[31m',
  warning: '\u001b[33m',
  info: '\u001b[36m',
};

const plural = (count: number, word: string): string => `${count} ${word}${count === 1 ? '' : 's'}`;

function textReport(entries: readonly LintEntry[], totals: LintTotals, color: boolean): string {
  const lines: string[] = [];
  for (const entry of entries) {
    for (const finding of entry.findings) {
      const severity = color
        ? `${COLORS[finding.severity]}${finding.severity}\u001b[0m`
        : finding.severity;
      const where = finding.line === undefined ? '' : `:${finding.line}`;
      // Everything that came from the manifest is escaped: it cannot forge or hide a line.
      const safe = escapeForTerminal;
      lines.push(
        `${safe(entry.file)}${where}: ${safe(entry.kind)}/${safe(entry.name)}: ${severity} ${finding.stage} ${safe(finding.path)}: ${safe(finding.message)}`,
      );
    }
  }
  const findings = entries.flatMap((entry) => entry.findings);
  const count = (severity: Finding['severity']): number =>
    findings.filter((finding) => finding.severity === severity).length;
  lines.push(
    `${plural(count('error'), 'error')}, ${plural(count('warning'), 'warning')}, ${count('info')} info ` +
      `in ${plural(entries.length, 'object')} from ${plural(totals.files - totals.unreadable, 'file')}` +
      `${totals.unreadable > 0 ? ` (${plural(totals.unreadable, 'file')} unreadable)` : ''}`,
  );
  return `${lines.join('\n')}\n`;
}

const GITHUB_LEVEL: Record<Finding['severity'], string> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

/** GitHub Actions workflow commands: each finding becomes an annotation on its line. */
function githubReport(entries: readonly LintEntry[]): string {
  return entries
    .flatMap((entry) =>
      entry.findings.map((finding) => {
        const props = [`file=${escapeForWorkflow(entry.file, true)}`];
        if (finding.line !== undefined) props.push(`line=${finding.line}`);
        props.push(
          `title=${escapeForWorkflow(`${entry.kind}/${entry.name} ${finding.ruleId}`, true)}`,
        );
        return `::${GITHUB_LEVEL[finding.severity]} ${props.join(',')}::${escapeForWorkflow(`${finding.path}: ${finding.message}`)}\n`;
      }),
    )
    .join('');
}

const SARIF_LEVEL: Record<Finding['severity'], string> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

/** A minimal SARIF 2.1.0 log, as code-scanning uploads read it. */
function sarifReport(entries: readonly LintEntry[]): string {
  const results = entries.flatMap((entry) =>
    entry.findings.map((finding) => ({
      ruleId: finding.ruleId,
      level: SARIF_LEVEL[finding.severity],
      message: { text: `${entry.kind}/${entry.name} ${finding.path}: ${finding.message}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: entry.file },
            ...(finding.line === undefined ? {} : { region: { startLine: finding.line } }),
          },
        },
      ],
    })),
  );
  const log = {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'hostprocess-pod-builder',
            informationUri:
              'https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/',
          },
        },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

/** The report in the chosen format. */
export function formatReport(
  format: LintFormat,
  entries: readonly LintEntry[],
  totals: LintTotals,
  color: boolean,
): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(entries, null, 2)}\n`;
    case 'github':
      return githubReport(entries);
    case 'sarif':
      return sarifReport(entries);
    case 'text':
      return textReport(entries, totals, color);
  }
}
