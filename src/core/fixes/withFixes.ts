import type { Finding } from '@/core/validation/types';

import { ACCOUNT_FIXERS } from './accountFixers';
import { CONTAINER_FIXERS } from './containerFixers';
import type { Fixer } from './fixer';
import { HOST_PROCESS_FIXERS } from './hostProcessFixers';

/** Every fixer, by the id of the rule whose findings it repairs. */
export const FIXERS: Readonly<Record<string, Fixer>> = {
  ...HOST_PROCESS_FIXERS,
  ...CONTAINER_FIXERS,
  ...ACCOUNT_FIXERS,
};

/**
 * The findings with their one safe repair attached, computed from the object each was found in
 * (`objects[documentIndex ?? 0]`). A finding that already carries a fix (a schema rename) keeps
 * it; one without a fixer, or whose fixer sees no single safe repair, is returned as it was.
 */
export function withFixes<T extends Finding>(
  findings: readonly T[],
  objects: readonly unknown[],
): T[] {
  return findings.map((finding) => {
    if (finding.fix || !Object.hasOwn(FIXERS, finding.ruleId)) return finding;
    let fix: Finding['fix'];
    try {
      fix = FIXERS[finding.ruleId]?.(finding, objects[finding.documentIndex ?? 0]);
    } catch {
      // A fixer meeting a shape nobody foresaw offers no fix; the finding still shows.
      fix = undefined;
    }
    return fix ? { ...finding, fix } : finding;
  });
}
