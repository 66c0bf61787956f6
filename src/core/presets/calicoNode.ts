import { presetContainer, presetDraft } from './build';
import type { Preset } from './types';

const IMAGE = 'calico/windows:v3.27.2';
const NODENAME = { name: 'NODENAME', valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } } };
const CONFIG = [{ configMapRef: { name: 'calico-windows-config' } }];

/** Calico's node and Felix on Windows nodes with VXLAN networking, from Calico's own manifest. */
export const calicoNode = {
  id: 'calico-node',
  title: 'Calico node, VXLAN (DaemonSet)',
  summary:
    'Installs Calico for Windows on each node and runs its node and Felix services, with VXLAN networking. The install init container writes the CNI plugin and configuration into C:\\opt\\cni\\bin and C:\\etc\\cni\\net.d, and the services program the Host Networking Service, so it needs LocalSystem. This is the manifest Calico published through v3.27 (calico-windows-vxlan.yaml); newer Calico releases render the same DaemonSet through the Tigera operator, which is the supported way today. Fill in the API server address and your service CIDR and DNS server in the calico-windows-config ConfigMap.',
  companionOf:
    'Needs Calico on the Linux nodes (VXLAN, strict affinity); pair it with the kube-proxy for Calico preset.',
  docUrl: 'https://docs.tigera.io/calico/latest/getting-started/kubernetes/windows-calico/operator',
  needs: ['change-networking', 'control-services-drivers', 'write-host-folders'],
  draft: presetDraft({
    workload: {
      kind: 'DaemonSet',
      name: 'calico-node-windows',
      namespace: 'calico-system',
      labels: [{ key: 'k8s-app', value: 'calico-node-windows' }],
      maxUnavailable: '1',
    },
    runAsUserName: 'NT AUTHORITY\\SYSTEM',
    initContainers: [
      presetContainer('install', IMAGE, {
        imagePullPolicy: 'IfNotPresent',
        args: ['.\\host-process-install.ps1'],
        env: [NODENAME],
        extra: { envFrom: CONFIG },
      }),
    ],
    containers: [
      presetContainer('node', IMAGE, {
        imagePullPolicy: 'IfNotPresent',
        args: ['.\\node\\node-service.ps1'],
        // Calico's manifest: C:\CalicoWindows on the host, two levels up from the container volume.
        workingDir: '..\\..\\CalicoWindows',
        env: [NODENAME],
        extra: { envFrom: CONFIG },
      }),
      presetContainer('felix', IMAGE, {
        imagePullPolicy: 'IfNotPresent',
        args: ['.\\felix\\felix-service.ps1'],
        workingDir: '..\\..\\CalicoWindows',
        env: [NODENAME],
        extra: {
          envFrom: CONFIG,
          livenessProbe: {
            exec: { command: ['c:\\CalicoWindows\\calico-node.exe', '-felix-live'] },
            periodSeconds: 10,
            initialDelaySeconds: 10,
            failureThreshold: 6,
            timeoutSeconds: 10,
          },
          readinessProbe: {
            exec: { command: ['c:\\CalicoWindows\\calico-node.exe', '-felix-ready'] },
            periodSeconds: 10,
            timeoutSeconds: 10,
          },
        },
      }),
    ],
    scheduling: {
      serviceAccountName: 'calico-node',
      tolerations: [
        { effect: 'NoSchedule', operator: 'Exists' },
        { key: 'CriticalAddonsOnly', operator: 'Exists' },
        { effect: 'NoExecute', operator: 'Exists' },
      ],
    },
    documentsBefore: [
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'calico-windows-config', namespace: 'calico-system' },
        data: {
          CALICO_NETWORKING_BACKEND: 'vxlan',
          KUBERNETES_SERVICE_HOST: '',
          KUBERNETES_SERVICE_PORT: '',
          K8S_SERVICE_CIDR: '10.96.0.0/12',
          DNS_NAME_SERVERS: '10.96.0.10',
          CNI_BIN_DIR: 'c:\\opt\\cni\\bin',
          CNI_CONF_DIR: 'c:\\etc\\cni\\net.d',
          FELIX_HEALTHENABLED: 'true',
        },
      },
    ],
  }),
} satisfies Preset;
