import type { PodSpec } from 'kubernetes-types/core/v1';
import type { ObjectMeta } from 'kubernetes-types/meta/v1';

import { asRecord } from './support/read';
import { BASELINE_CHECKS } from './podSecurity/baselineChecks';
import type { CheckFn } from './podSecurity/checkSupport';
import { RESTRICTED_CHECKS } from './podSecurity/restrictedChecks';
import type { PodTemplate } from './types';

/** Pod Security Standards levels, least to most restrictive. */
export type PodSecurityLevel = 'privileged' | 'baseline' | 'restricted';

/** A Pod Security Admission check that fails, as PSA reports it: `reason (detail)`. */
export interface FailingCheck {
  /** PSA's check id, e.g. `windowsHostProcess`. */
  check: string;
  /** PSA's ForbiddenReason, e.g. `hostProcess`. */
  reason: string;
  /** PSA's ForbiddenDetail, e.g. `pod must not set securityContext.windowsOptions.hostProcess=true`. */
  detail: string;
}

/** The most restrictive level that admits the pod, and what stops the next level up. */
export interface PodSecurityResult {
  level: PodSecurityLevel;
  /** Checks of the next stricter level that fail ([] for restricted). */
  failing: FailingCheck[];
}

const OVERRIDDEN = new Set(RESTRICTED_CHECKS.map(([, , replaces]) => replaces));

/** The restricted level: baseline checks it does not replace, then its own. */
const RESTRICTED_LEVEL_CHECKS = [
  ...BASELINE_CHECKS.filter(([id]) => !OVERRIDDEN.has(id)),
  ...RESTRICTED_CHECKS,
];

function run(
  checks: ReadonlyArray<readonly [string, CheckFn, string?]>,
  meta: ObjectMeta,
  spec: PodSpec,
): FailingCheck[] {
  const failing: FailingCheck[] = [];
  for (const [check, fn] of checks) {
    const outcome = fn(meta, spec);
    if (outcome) failing.push({ check, ...outcome });
  }
  return failing;
}

const resultByTemplate = new WeakMap<object, PodSecurityResult>();

/**
 * The Pod Security Standards level of a pod template, as Pod Security Admission (policy version
 * `latest`) evaluates it. Pass the template after v1 Pod defaulting: PSA sees the created pod, whose
 * hostPorts have been defaulted under hostNetwork. The result is cached per template object, which
 * is treated as read-only.
 */
export function podSecurityLevel(template: PodTemplate): PodSecurityResult {
  const cached = resultByTemplate.get(template);
  if (cached) return cached;
  const result = evaluate(template);
  resultByTemplate.set(template, result);
  return result;
}

function evaluate(template: PodTemplate): PodSecurityResult {
  const meta = asRecord(template.metadata) ?? {};
  const spec = (asRecord(template.spec) ?? {}) as unknown as PodSpec;
  const baseline = run(BASELINE_CHECKS, meta, spec);
  if (baseline.length > 0) return { level: 'privileged', failing: baseline };
  const restricted = run(RESTRICTED_LEVEL_CHECKS, meta, spec);
  return restricted.length > 0
    ? { level: 'baseline', failing: restricted }
    : { level: 'restricted', failing: [] };
}
