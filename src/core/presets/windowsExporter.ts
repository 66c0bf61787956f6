import { HOSTPROCESS_BASE_IMAGE } from '@/core/model/windows';

import { presetContainer, presetDraft, TOLERATE_ALL } from './build';
import type { Preset } from './types';

const CONFIG = `collectors:
  enabled: '[defaults],container'
collector:
  service:
    include: "containerd|kubelet"
`;

/** The Prometheus windows-exporter with its configuration file from a ConfigMap. */
export const windowsExporter = {
  id: 'windows-exporter',
  title: 'Prometheus windows-exporter DaemonSet',
  summary:
    'Exposes node metrics on port 9182 for Prometheus, reading its config.yml from the windows-exporter-config ConfigMap. The container collector queries the Host Compute Service and the init container opens the firewall port, and both are administrator-only, so it runs as LocalSystem; drop the container collector and the init container if you can open the port otherwise. Based on the prometheus-community example.',
  docUrl:
    'https://github.com/prometheus-community/windows_exporter/blob/master/kubernetes/windows-exporter-daemonset.yaml',
  needs: ['change-networking', 'node-administrator'],
  draft: presetDraft({
    workload: {
      kind: 'DaemonSet',
      name: 'windows-exporter',
      namespace: 'monitoring',
      labels: [{ key: 'app', value: 'windows-exporter' }],
      emitNamespace: true,
    },
    runAsUserName: 'NT AUTHORITY\\SYSTEM',
    initContainers: [
      presetContainer('configure-firewall', HOSTPROCESS_BASE_IMAGE, {
        command: ['powershell'],
        args: [
          'New-NetFirewallRule',
          '-DisplayName',
          "'windows-exporter'",
          '-Direction',
          'inbound',
          '-Profile',
          'Any',
          '-Action',
          'Allow',
          '-LocalPort',
          '9182',
          '-Protocol',
          'TCP',
        ],
      }),
    ],
    containers: [
      presetContainer('windows-exporter', 'ghcr.io/prometheus-community/windows-exporter:0.29.2', {
        args: ['--config.file=%CONTAINER_SANDBOX_MOUNT_POINT%/config.yml'],
        ports: [{ name: 'http', containerPort: 9182, hostPort: 9182, protocol: 'TCP' }],
        volumeMounts: [
          { name: 'windows-exporter-config', mountPath: '/config.yml', subPath: 'config.yml' },
        ],
        resources: { requests: { cpu: '100m', memory: '64Mi' }, limits: { memory: '200Mi' } },
      }),
    ],
    volumes: [{ name: 'windows-exporter-config', configMap: { name: 'windows-exporter-config' } }],
    scheduling: { tolerations: TOLERATE_ALL },
    documentsBefore: [
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: {
          name: 'windows-exporter-config',
          namespace: 'monitoring',
          labels: { app: 'windows-exporter' },
        },
        data: { 'config.yml': CONFIG },
      },
    ],
  }),
} satisfies Preset;
