import { yamlLinesLocator, type LineRange } from '../yamlLinesForPath';
import type { Finding } from '@/core/validation/types';

/** A finding with the lines of its field in the editor's text. */
export interface FindingMark extends LineRange {
  finding: Finding;
}

/**
 * Where each finding sits in the text: the lines of its field path (or of the deepest part of
 * the path the text has), the first line when the text has none of it.
 */
export function findingMarks(text: string, findings: readonly Finding[]): FindingMark[] {
  if (findings.length === 0) return [];
  const locate = yamlLinesLocator(text);
  return findings.map((finding) => ({
    finding,
    ...(locate(finding.path) ?? { start: 1, end: 1 }),
  }));
}

/** The words a fix button shows, as in the findings panel: "Fix: " and what the fix does. */
export function fixLabel(finding: Finding): string | undefined {
  return finding.fix ? `Fix: ${finding.fix.label}` : undefined;
}
