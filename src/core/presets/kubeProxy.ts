import { NODE_NAME_ENV, presetContainer, presetDraft } from './build';
import type { Preset } from './types';

/** kube-proxy for Windows nodes, as the SIG Windows tools publish it. */
export const kubeProxy = {
  id: 'kube-proxy',
  title: 'kube-proxy DaemonSet',
  summary:
    'Runs kube-proxy on every Windows node, programming Service load balancing into the Host Networking Service. It needs LocalSystem: HNS policies can only be changed by administrators, and none of the smaller accounts can. Based on the SIG Windows HostProcess kube-proxy manifest; it reads its configuration from the kube-proxy ConfigMap of kube-system.',
  docUrl: 'https://github.com/kubernetes-sigs/sig-windows-tools/tree/master/hostprocess/calico',
  needs: ['change-networking'],
  draft: presetDraft({
    workload: {
      kind: 'DaemonSet',
      name: 'kube-proxy-windows',
      namespace: 'kube-system',
      labels: [{ key: 'k8s-app', value: 'kube-proxy-windows' }],
      maxUnavailable: '1',
    },
    runAsUserName: 'NT AUTHORITY\\SYSTEM',
    containers: [
      presetContainer('kube-proxy', 'sigwindowstools/kube-proxy:v1.30.0-calico-hostprocess', {
        args: ['$env:CONTAINER_SANDBOX_MOUNT_POINT/kube-proxy/start.ps1'],
        workingDir: '$env:CONTAINER_SANDBOX_MOUNT_POINT/kube-proxy/',
        env: [
          NODE_NAME_ENV,
          { name: 'POD_IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
        ],
        volumeMounts: [{ name: 'kube-proxy', mountPath: '/var/lib/kube-proxy' }],
      }),
    ],
    volumes: [{ name: 'kube-proxy', configMap: { name: 'kube-proxy' } }],
    scheduling: {
      serviceAccountName: 'kube-proxy',
      priorityClassName: 'system-node-critical',
      tolerations: [{ key: 'CriticalAddonsOnly', operator: 'Exists' }, { operator: 'Exists' }],
    },
  }),
} satisfies Preset;
