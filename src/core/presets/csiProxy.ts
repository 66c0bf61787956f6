import { presetContainer, presetDraft } from './build';
import type { Preset } from './types';

/** csi-proxy, which Windows CSI node plugins call over named pipes. */
export const csiProxy = {
  id: 'csi-proxy',
  title: 'csi-proxy DaemonSet',
  summary:
    'Runs csi-proxy on each Windows node so that unprivileged CSI node plugins can format, mount and resize volumes through its named pipes. It needs LocalSystem: disk, volume and SMB management are administrator-only, which is the reason csi-proxy exists. Based on the SIG Windows HostProcess csi-proxy manifest.',
  docUrl: 'https://github.com/kubernetes-sigs/sig-windows-tools/tree/master/hostprocess/csi-proxy',
  needs: ['manage-disks'],
  draft: presetDraft({
    workload: {
      kind: 'DaemonSet',
      name: 'csi-proxy',
      namespace: 'kube-system',
      labels: [{ key: 'k8s-app', value: 'csi-proxy' }],
    },
    runAsUserName: 'NT AUTHORITY\\SYSTEM',
    containers: [
      presetContainer('csi-proxy', 'ghcr.io/kubernetes-sigs/sig-windows/csi-proxy:v1.1.2', {
        imagePullPolicy: 'IfNotPresent',
        args: ['-kubelet-path', 'C:\\var\\lib\\kubelet', '-v', '4'],
      }),
    ],
    scheduling: {
      priorityClassName: 'system-node-critical',
      tolerations: [{ key: 'os', operator: 'Equal', value: 'windows', effect: 'NoSchedule' }],
    },
  }),
} satisfies Preset;
