import type { Finding } from '@/core/validation/types';
import { useChecks } from '@/state/derivedContext';

const NONE: readonly Finding[] = [];

/** Findings whose path is exactly `path` (the same list while the findings do not change). */
export function useFindingsAt(path: string): readonly Finding[] {
  return useChecks().index.at.get(path) ?? NONE;
}

/** Findings at `path` or below it (`path.x`, `path[0]`). */
export function useFindingsUnder(path: string): readonly Finding[] {
  return useChecks().index.under.get(path) ?? NONE;
}
