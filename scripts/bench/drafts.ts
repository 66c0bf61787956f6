import type { Draft } from '@/core/model/draft';
import { createContainer, createDraft } from '@/core/model/draft';

/** The sizes of the stress draft: 50 containers, 200 hostPath volumes, 20 variables each. */
export const STRESS_SIZE = { containers: 50, volumes: 200, envPerContainer: 20 } as const;

/** The docs example: the app's default Draft. */
export function docsExampleDraft(): Draft {
  return createDraft();
}

/**
 * A deliberately heavy DaemonSet: by default 50 containers, 200 hostPath volumes (each container
 * mounts four of them) and 20 environment variables per container.
 */
export function stressDraft(
  size: {
    containers: number;
    volumes: number;
    envPerContainer: number;
  } = STRESS_SIZE,
): Draft {
  const draft = createDraft();
  const { containers, volumes, envPerContainer } = size;
  const mountsPerContainer = Math.floor(volumes / containers);
  return {
    ...draft,
    workload: { ...draft.workload, kind: 'DaemonSet', name: 'stress-daemonset' },
    volumes: Array.from({ length: volumes }, (_, v) => ({
      name: `vol-${v}`,
      hostPath: { path: `C:\\data\\volume-${v}`, type: 'DirectoryOrCreate' },
    })),
    containers: Array.from({ length: containers }, (_, c) => ({
      ...createContainer(`worker-${c}`, `registry.example.com/agents/worker-${c}:1.${c}.0`),
      command: ['powershell.exe', '-NoProfile', '-File', `C:\\hpc\\worker-${c}.ps1`],
      env: Array.from({ length: envPerContainer }, (_, e) => ({
        name: `SETTING_${c}_${e}`,
        value: `value-${c}-${e}`,
      })),
      volumeMounts: Array.from({ length: mountsPerContainer }, (_, m) => {
        const v = c * mountsPerContainer + m;
        return { name: `vol-${v}`, mountPath: `C:\\mnt\\volume-${v}` };
      }),
      resources: { requests: { cpu: '50m', memory: '64Mi' }, limits: { memory: '128Mi' } },
    })),
  };
}
