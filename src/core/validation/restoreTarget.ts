import { asWindowsVersion } from './targetOptions';
import { DEFAULT_TARGET, type Target } from './types';

/**
 * A target read back from storage: each known field kept when it is a valid value, else the
 * default's. Foreign or corrupt content gives the default target. Pure; never throws.
 */
export function restoreTarget(raw: unknown): Target {
  if (!raw || typeof raw !== 'object') return DEFAULT_TARGET;
  const { kubernetesVersion, containerd, windows } = raw as Record<string, unknown>;
  return {
    ...DEFAULT_TARGET,
    kubernetesVersion:
      typeof kubernetesVersion === 'string' && /^1\.\d{1,2}$/.test(kubernetesVersion)
        ? kubernetesVersion
        : DEFAULT_TARGET.kubernetesVersion,
    containerd: containerd === '1.6' ? '1.6' : DEFAULT_TARGET.containerd,
    windows: asWindowsVersion(windows) ?? DEFAULT_TARGET.windows,
  };
}

/** Whether a target is the default one (what a first visit sees). */
export function isDefaultTarget(target: Target): boolean {
  return (Object.keys(DEFAULT_TARGET) as (keyof Target)[]).every(
    (key) => target[key] === DEFAULT_TARGET[key],
  );
}
