import type { Target } from '../types';

/**
 * The Kubernetes minor version of the target ("1.29" → 29). Unparseable input means "latest",
 * because the default target is the newest release.
 */
export function targetMinor(target: Target): number {
  const match = /^v?1\.(\d+)/.exec(target.kubernetesVersion.trim());
  return match?.[1] === undefined ? Number.MAX_SAFE_INTEGER : Number(match[1]);
}
