import { presetContainer, presetDraft } from './build';
import type { Preset } from './types';

/** kube-proxy for Windows nodes networked by Calico, as sig-windows-tools publishes it. */
export const kubeProxy = {
  id: 'kube-proxy',
  title: 'kube-proxy for Calico (DaemonSet)',
  summary:
    'Runs kube-proxy on every Windows node, programming Service load balancing into the Host Networking Service. Its start script waits for the HNS network named Calico and reads the node name from NODENAME, so it only works beside Calico. It needs LocalSystem: HNS policies can only be changed by administrators. kube-proxy v1.32 is within the supported skew (up to three minors older) of a 1.35 control plane; keep it no newer than your API server. It reads its kubeconfig from the kube-proxy ConfigMap of kube-system.',
  companionOf:
    'Companion of Calico for Windows (installed by the Tigera operator): Calico creates the network this kube-proxy waits for.',
  docUrl:
    'https://github.com/kubernetes-sigs/sig-windows-tools/blob/master/hostprocess/calico/kube-proxy/kube-proxy.yml',
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
      // The image's entrypoint is PowerShell; the script path is its argument.
      presetContainer('kube-proxy', 'sigwindowstools/kube-proxy:v1.32.3-calico-hostprocess', {
        imagePullPolicy: 'IfNotPresent',
        args: ['$env:CONTAINER_SANDBOX_MOUNT_POINT/kube-proxy/start.ps1'],
        workingDir: '$env:CONTAINER_SANDBOX_MOUNT_POINT/kube-proxy/',
        env: [
          { name: 'NODENAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } },
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
