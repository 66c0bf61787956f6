import type { Finding } from '@/core/validation/types';
import { useDerived } from '@/state/derived';

const NONE: readonly Finding[] = [];

function pick(findings: readonly Finding[], match: (path: string) => boolean): readonly Finding[] {
  let matching: Finding[] | undefined;
  for (const finding of findings) {
    if (match(finding.path)) (matching ??= []).push(finding);
  }
  return matching ?? NONE;
}

/** Findings whose path is exactly `path` (memo-stable when there are none). */
export function useFindingsAt(path: string): readonly Finding[] {
  const findings = useDerived((d) => d.findings);
  return pick(findings, (p) => p === path);
}

/** Findings at `path` or below it (`path.x`, `path[0]`). */
export function useFindingsUnder(path: string): readonly Finding[] {
  const findings = useDerived((d) => d.findings);
  return pick(findings, (p) => p === path || p.startsWith(`${path}.`) || p.startsWith(`${path}[`));
}

/** The finding a field shows as its helper text: the first error, else the first other finding. */
export function leadingFinding(findings: readonly Finding[]): Finding | undefined {
  return findings.find((f) => f.severity === 'error') ?? findings[0];
}
