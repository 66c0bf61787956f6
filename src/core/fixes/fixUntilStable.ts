import type { Finding } from '@/core/validation/types';

import { applyFixes } from './applyFix';

/** Documents after fixing, and every fix applied on the way, in order. */
export interface FixedDocuments {
  documents: unknown[];
  applied: Finding[];
}

/**
 * Applies every fix `lint` offers, re-checks, and repeats until no finding has a fix that still
 * applies: one fix can reveal the next (set hostProcess, then hostNetwork is required). Bounded by
 * `maxRounds` so two fixes that undo each other cannot loop.
 */
export function fixUntilStable(
  documents: readonly unknown[],
  lint: (documents: readonly unknown[]) => readonly Finding[],
  maxRounds = 5,
): FixedDocuments {
  let current = [...documents];
  const applied: Finding[] = [];
  for (let round = 0; round < maxRounds; round += 1) {
    const step = applyFixes(current, lint(current));
    if (step.applied.length === 0) break;
    current = step.documents;
    applied.push(...step.applied);
  }
  return { documents: current, applied };
}
