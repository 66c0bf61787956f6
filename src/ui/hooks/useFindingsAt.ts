import { sameFindingList } from '@/core/validation/sameFindings';
import type { Finding } from '@/core/validation/types';
import { useDerived } from '@/state/derived';
import { findingsIndex } from '@/ui/hooks/findingsIndex';

const NONE: readonly Finding[] = [];

/**
 * The last answer per query, returned again while the findings it holds are unchanged: the
 * validator builds new Finding objects on every keystroke, and a field whose findings did not
 * change must not re-render (keystroke → preview stays within a frame).
 */
const lastAnswers = new Map<string, readonly Finding[]>();

function stable(key: string, next: readonly Finding[]): readonly Finding[] {
  const previous = lastAnswers.get(key);
  if (previous && sameFindingList(previous, next)) return previous;
  if (next.length === 0 && !previous) return NONE;
  lastAnswers.set(key, next);
  return next;
}

/** Findings whose path is exactly `path` (a stable reference while they do not change). */
export function useFindingsAt(path: string): readonly Finding[] {
  return useDerived((d) => stable(`=${path}`, findingsIndex(d.findings).at.get(path) ?? NONE));
}

/** Findings at `path` or below it (`path.x`, `path[0]`). */
export function useFindingsUnder(path: string): readonly Finding[] {
  return useDerived((d) => stable(`<${path}`, findingsIndex(d.findings).under.get(path) ?? NONE));
}

/** The finding a field shows as its helper text: the first error, else the first other finding. */
export function leadingFinding(findings: readonly Finding[]): Finding | undefined {
  return findings.find((f) => f.severity === 'error') ?? findings[0];
}
