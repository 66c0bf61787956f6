import { HOSTPROCESS_BASE_IMAGE } from '@/core/model/windows';
import { LIFECYCLE_FACTS } from '@/core/model/windowsLifecycle';

import { presetContainer, presetDraft, TOLERATE_ALL } from './build';
import type { Preset } from './types';

const CONFIG = `collectors:
  enabled: '[defaults],container'
collector:
  service:
    include: "containerd|kubelet"
`;

// Checking first keeps restarts from adding a second rule with the same name.
const OPEN_PORT =
  "if (-not (Get-NetFirewallRule -DisplayName 'windows-exporter' -ErrorAction SilentlyContinue)) { New-NetFirewallRule -DisplayName 'windows-exporter' -Direction Inbound -Profile Any -Action Allow -LocalPort 9182 -Protocol TCP }";

/** The Prometheus windows-exporter with its configuration file from a ConfigMap. */
export const windowsExporter = {
  id: 'windows-exporter',
  title: 'Prometheus windows-exporter DaemonSet',
  summary: `Exposes node metrics on port 9182 for Prometheus, reading config.yml from the windows-exporter-config ConfigMap through %CONTAINER_SANDBOX_MOUNT_POINT%, which works with every containerd version. The container collector queries the Host Compute Service and the init container opens the firewall port, both administrator-only, so it runs as LocalSystem; drop the container collector and the init container if you can open the port otherwise. ${LIFECYCLE_FACTS.hostChangesOutlivePod.claim} Based on the prometheus-community example, pinned to release 0.31.8 instead of latest, with the init container on the HostProcess base image so that it pulls on every Windows Server version.`,
  companionOf: 'Stands alone; scrape it with Prometheus (the project also ships a PodMonitor).',
  docUrl:
    'https://github.com/prometheus-community/windows_exporter/blob/master/kubernetes/kubernetes.md',
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
        command: ['powershell', '-NoProfile', '-Command', OPEN_PORT],
      }),
    ],
    containers: [
      // The image's entrypoint is windows_exporter.exe; the arguments are its flags.
      presetContainer('windows-exporter', 'ghcr.io/prometheus-community/windows-exporter:0.31.8', {
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
