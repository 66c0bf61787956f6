import { presetContainer, presetDraft } from './build';
import type { Preset } from './types';

const PLUGIN_DIR = 'C:\\var\\lib\\kubelet\\plugins\\smb.csi.k8s.io\\';
const ENDPOINT = {
  name: 'CSI_ENDPOINT',
  value: 'unix://C:\\var\\lib\\kubelet\\plugins\\smb.csi.k8s.io\\csi.sock',
};
const NODE_NAME = {
  name: 'KUBE_NODE_NAME',
  valueFrom: { fieldRef: { fieldPath: 'spec.nodeName' } },
};
const PLUGIN_IMAGE = 'registry.k8s.io/sig-storage/smbplugin:v1.20.3-windows-hp';

/** The SMB CSI driver's Windows node plugin, running as HostProcess instead of behind csi-proxy. */
export const csiSmbNode = {
  id: 'csi-smb-node',
  title: 'SMB CSI node plugin, HostProcess (DaemonSet)',
  summary:
    'Runs the SMB CSI driver’s node plugin and the kubelet registrar on each Windows node as HostProcess containers, so the plugin mounts SMB shares itself instead of going through csi-proxy. Mapping SMB shares for every pod and writing into the kubelet’s plugin folders are administrator-only, so it runs as LocalSystem. The init container creates the plugin folder; the registrar and the plugin find each other through the socket in CSI_ENDPOINT. Based on csi-driver-smb’s v1.20.3 manifest.',
  companionOf:
    'Needs the csi-driver-smb controller, CSIDriver and RBAC (the csi-smb-node-sa service account) from the same release.',
  docUrl:
    'https://github.com/kubernetes-csi/csi-driver-smb/blob/master/deploy/csi-smb-node-windows-hostprocess.yaml',
  needs: ['manage-disks'],
  draft: presetDraft({
    workload: {
      kind: 'DaemonSet',
      name: 'csi-smb-node-win',
      namespace: 'kube-system',
      labels: [{ key: 'app', value: 'csi-smb-node-win' }],
      maxUnavailable: '1',
    },
    runAsUserName: 'NT AUTHORITY\\SYSTEM',
    initContainers: [
      presetContainer('init', PLUGIN_IMAGE, {
        imagePullPolicy: 'IfNotPresent',
        command: [
          'powershell.exe',
          '-c',
          `New-Item -ItemType Directory -Path ${PLUGIN_DIR} -Force`,
        ],
      }),
    ],
    containers: [
      presetContainer(
        'node-driver-registrar',
        'registry.k8s.io/sig-storage/csi-node-driver-registrar:v2.17.0',
        {
          imagePullPolicy: 'IfNotPresent',
          command: ['csi-node-driver-registrar.exe'],
          args: [
            '--v=2',
            '--csi-address=$(CSI_ENDPOINT)',
            '--kubelet-registration-path=$(DRIVER_REG_SOCK_PATH)',
            '--plugin-registration-path=$(PLUGIN_REG_DIR)',
          ],
          env: [
            ENDPOINT,
            { name: 'DRIVER_REG_SOCK_PATH', value: `${PLUGIN_DIR}csi.sock` },
            { name: 'PLUGIN_REG_DIR', value: 'C:\\var\\lib\\kubelet\\plugins_registry\\' },
            NODE_NAME,
          ],
          resources: { requests: { cpu: '30m', memory: '40Mi' }, limits: { memory: '150Mi' } },
        },
      ),
      presetContainer('smb', PLUGIN_IMAGE, {
        imagePullPolicy: 'IfNotPresent',
        command: ['smbplugin.exe'],
        args: [
          '--v=5',
          '--endpoint=$(CSI_ENDPOINT)',
          '--nodeid=$(KUBE_NODE_NAME)',
          '--enable-windows-host-process=true',
          '--remove-smb-mapping-during-unmount=true',
        ],
        env: [ENDPOINT, NODE_NAME],
        resources: { requests: { cpu: '10m', memory: '40Mi' }, limits: { memory: '600Mi' } },
      }),
    ],
    scheduling: {
      serviceAccountName: 'csi-smb-node-sa',
      priorityClassName: 'system-node-critical',
      tolerations: [{ key: 'node.kubernetes.io/os', operator: 'Exists', effect: 'NoSchedule' }],
    },
  }),
} satisfies Preset;
