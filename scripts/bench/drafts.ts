import { createContainer, createDraft, type Draft } from '@/core/model/draft';

/**
 * A deliberately heavy DaemonSet, fixed so runs compare: 50 containers, 200 hostPath volumes (each
 * container mounts four of them) and 20 environment variables per container.
 */
export function stressDraft(): Draft {
  const draft = createDraft();
  return {
    ...draft,
    workload: { ...draft.workload, kind: 'DaemonSet', name: 'stress-daemonset' },
    volumes: Array.from({ length: 200 }, (_, v) => ({
      name: `vol-${v}`,
      hostPath: { path: `C:\\data\\volume-${v}`, type: 'DirectoryOrCreate' },
    })),
    containers: Array.from({ length: 50 }, (_, c) => ({
      ...createContainer(`worker-${c}`, `registry.example.com/agents/worker-${c}:1.${c}.0`),
      command: ['powershell.exe', '-NoProfile', '-File', `C:\\hpc\\worker-${c}.ps1`],
      env: Array.from({ length: 20 }, (_, e) => ({
        name: `SETTING_${c}_${e}`,
        value: `value-${c}-${e}`,
      })),
      volumeMounts: Array.from({ length: 4 }, (_, m) => ({
        name: `vol-${c * 4 + m}`,
        mountPath: `C:\\mnt\\volume-${c * 4 + m}`,
      })),
      resources: { requests: { cpu: '50m', memory: '64Mi' }, limits: { memory: '128Mi' } },
    })),
  };
}

/** 5,000 containers, written the way a hand-made link would be: long lists must stay paged. */
export function manyContainersDraft(): Draft {
  const draft = { workload: { name: 'five-thousand-containers' } } as Draft;
  draft.containers = Array.from({ length: 5000 }, (_, i) => createContainer(`c${i}`, 'img:1'));
  return draft;
}
