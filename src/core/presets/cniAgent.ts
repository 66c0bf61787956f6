import { presetContainer, presetDraft, TOLERATE_ALL } from './build';
import type { Preset } from './types';

/** A Flannel-style CNI agent for Windows nodes. */
export const cniAgent = {
  id: 'cni-agent',
  title: 'CNI agent (Flannel-style) DaemonSet',
  summary:
    'Installs the CNI binaries and configuration on each Windows node and runs flanneld to create the overlay network. It needs LocalSystem: creating HNS networks and writing into the node’s CNI directories are administrator-only. Modelled on the SIG Windows HostProcess Flannel manifest; the kube-flannel-cfg ConfigMap comes from the Linux Flannel install.',
  docUrl: 'https://github.com/kubernetes-sigs/sig-windows-tools/tree/master/hostprocess/flannel',
  needs: ['change-networking'],
  draft: presetDraft({
    workload: {
      kind: 'DaemonSet',
      name: 'kube-flannel-ds-windows-amd64',
      namespace: 'kube-flannel',
      labels: [
        { key: 'app', value: 'flannel' },
        { key: 'tier', value: 'node' },
      ],
    },
    runAsUserName: 'NT AUTHORITY\\SYSTEM',
    containers: [
      presetContainer('kube-flannel', 'sigwindowstools/flannel:v0.24.0-hostprocess', {
        command: ['powershell'],
        args: ['-file', '$env:CONTAINER_SANDBOX_MOUNT_POINT/mounts/kube-flannel-windows/run.ps1'],
        env: [
          { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
          { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
        ],
        volumeMounts: [
          { name: 'flannel-cfg', mountPath: '/mounts/kube-flannel/' },
          { name: 'cni-bin', mountPath: '/host/opt/cni/bin' },
          { name: 'cni-conf', mountPath: '/host/etc/cni/net.d' },
        ],
      }),
    ],
    volumes: [
      { name: 'flannel-cfg', configMap: { name: 'kube-flannel-cfg' } },
      { name: 'cni-bin', hostPath: { path: 'C:\\opt\\cni\\bin', type: 'DirectoryOrCreate' } },
      { name: 'cni-conf', hostPath: { path: 'C:\\etc\\cni\\net.d', type: 'DirectoryOrCreate' } },
    ],
    scheduling: {
      serviceAccountName: 'flannel',
      priorityClassName: 'system-node-critical',
      tolerations: TOLERATE_ALL,
    },
  }),
} satisfies Preset;
