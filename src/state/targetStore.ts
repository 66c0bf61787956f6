import { create } from 'zustand';

import { asWindowsVersion } from '@/core/validation/targetOptions';
import { DEFAULT_TARGET, type Target } from '@/core/validation/types';

const STORAGE_KEY = 'hpb-target';

function readStoredTarget(): Target {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null');
    if (raw && typeof raw === 'object') {
      const { kubernetesVersion, containerd, windows } = raw as Record<string, unknown>;
      return {
        kubernetesVersion:
          typeof kubernetesVersion === 'string' && /^1\.\d{1,2}$/.test(kubernetesVersion)
            ? kubernetesVersion
            : DEFAULT_TARGET.kubernetesVersion,
        containerd: containerd === '1.6' ? '1.6' : DEFAULT_TARGET.containerd,
        windows: asWindowsVersion(windows) ?? DEFAULT_TARGET.windows,
      };
    }
  } catch {
    // Unreadable or foreign content: fall back to the default target.
  }
  return DEFAULT_TARGET;
}

interface TargetStore {
  target: Target;
  setTarget: (target: Partial<Target>) => void;
}

/** The cluster the user builds for (Kubernetes minor, containerd, Windows Server), remembered across visits. */
export const useTargetStore = create<TargetStore>()((set, get) => ({
  target: readStoredTarget(),
  setTarget: (partial) => {
    const target = { ...get().target, ...partial };
    set({ target });
    try {
      localStorage.setItem(STORAGE_KEY, JSON.stringify(target));
    } catch {
      // Storage full or disabled: the choice lasts for this visit only.
    }
  },
}));

/** Whether a target is the default one (what a first visit and the prerendered page use). */
export function isDefaultTarget(target: Target): boolean {
  return (
    target.kubernetesVersion === DEFAULT_TARGET.kubernetesVersion &&
    target.containerd === DEFAULT_TARGET.containerd &&
    target.windows === DEFAULT_TARGET.windows
  );
}
