import type { WorkloadKind } from './draft';

/**
 * Where the pod template sits in each workload kind, as the API server prints paths:
 * a Pod's spec is `spec`, a controller's is `spec.template.spec`.
 */
export function podPrefix(kind: WorkloadKind): string {
  return kind === 'Pod' ? '' : 'spec.template.';
}

/** The full field path of a pod-relative path (`spec.containers[0].image`) in a workload kind. */
export function podFieldPath(kind: WorkloadKind, podRelativePath: string): string {
  return `${podPrefix(kind)}${podRelativePath}`;
}
