import type { Finding } from '@/core/validation/types';
import { useDerived } from '@/state/derived';

const NONE: readonly Finding[] = [];

/** Findings whose path is exactly `path` (memo-stable when there are none). */
export function useFindingsAt(path: string): readonly Finding[] {
  const findings = useDerived((d) => d.findings);
  const matching = findings.filter((finding) => finding.path === path);
  return matching.length === 0 ? NONE : matching;
}
