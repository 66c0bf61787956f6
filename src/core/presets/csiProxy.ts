import { presetContainer, presetDraft } from './build';
import type { Preset } from './types';

/** csi-proxy, which Windows CSI node plugins that are not HostProcess call over named pipes. */
export const csiProxy = {
  id: 'csi-proxy',
  title: 'csi-proxy DaemonSet',
  summary:
    'Runs csi-proxy on each Windows node so that CSI node plugins running as ordinary Windows containers can format, mount and resize volumes through its named pipes. It needs LocalSystem: disk, volume and SMB management are administrator-only, which is the reason csi-proxy exists. The image’s entrypoint already runs csi-proxy.exe -v 4, so the container passes no arguments. Based on the SIG Windows HostProcess csi-proxy manifest, with the image version of its VERSION file.',
  companionOf:
    'Companion of CSI node plugins that run as ordinary Windows containers (plugins running as HostProcess, like csi-driver-smb’s, do not need it).',
  docUrl:
    'https://github.com/kubernetes-sigs/sig-windows-tools/blob/master/hostprocess/csi-proxy/csi-proxy.yaml',
  needs: ['manage-disks'],
  draft: presetDraft({
    workload: {
      kind: 'DaemonSet',
      name: 'csi-proxy',
      namespace: 'kube-system',
      labels: [{ key: 'name', value: 'csi-proxy' }],
    },
    runAsUserName: 'NT AUTHORITY\\SYSTEM',
    containers: [
      presetContainer('csi-proxy', 'ghcr.io/kubernetes-sigs/sig-windows/csi-proxy:v1.1.3', {
        imagePullPolicy: 'IfNotPresent',
      }),
    ],
    scheduling: {
      priorityClassName: 'system-node-critical',
      tolerations: [{ key: 'os', operator: 'Equal', value: 'windows', effect: 'NoSchedule' }],
    },
  }),
} satisfies Preset;
