import { DEFAULT_TARGET, type Target } from '@/core/validation/types';
import { validate, type ValidationResult } from '@/core/validation/validate';

import { withFixes } from './withFixes';

/**
 * `validate` with each finding's one safe repair attached (see `withFixes`): what the app's
 * findings panel and `lint` show. Never throws.
 */
export function validateWithFixes(
  objects: unknown,
  target: Target = DEFAULT_TARGET,
): ValidationResult {
  const documents: readonly unknown[] = Array.isArray(objects) ? objects : [objects];
  const result = validate(objects, target);
  return {
    workloads: result.workloads.map((workload) => ({
      ...workload,
      findings: withFixes(workload.findings, documents),
    })),
    findings: withFixes(result.findings, documents),
  };
}
