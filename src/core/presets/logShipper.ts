import { NODE_NAME_ENV, presetContainer, presetDraft, TOLERATE_ALL } from './build';
import type { Preset } from './types';

const EVENTFLOW_CONFIG = JSON.stringify(
  {
    inputs: [
      {
        type: 'ETW',
        sessionNamePrefix: 'containerd',
        cleanupOldSessions: true,
        reuseExistingSession: true,
        providers: [
          { providerName: 'Microsoft.Virtualization.RunHCS' },
          { providerName: 'ContainerD' },
        ],
      },
    ],
    filters: [],
    outputs: [{ type: 'StdOutput' }],
    schemaVersion: '2016-08-11',
  },
  null,
  2,
);

/** Streams containerd and HCS ETW events to the container log. */
export const logShipper = {
  id: 'log-shipper',
  title: 'containerd/ETW log shipper DaemonSet',
  summary:
    'Streams the containerd and Host Compute Service ETW events of each node to standard output, where the cluster’s log pipeline picks them up. Starting a real-time ETW session needs Administrators (or the Performance Log Users group), so it runs as LocalSystem; if your nodes put a local group in Performance Log Users, use that group instead. Modelled on the SIG Windows eventflow-logger example; its configuration comes from a ConfigMap.',
  docUrl:
    'https://github.com/kubernetes-sigs/sig-windows-tools/tree/master/hostprocess/eventflow-logger',
  needs: ['read-etw'],
  draft: presetDraft({
    workload: {
      kind: 'DaemonSet',
      name: 'etw-logger',
      namespace: 'logging',
      labels: [{ key: 'app', value: 'etw-logger' }],
      emitNamespace: true,
      maxUnavailable: '1',
    },
    runAsUserName: 'NT AUTHORITY\\SYSTEM',
    containers: [
      presetContainer(
        'eventflow-logger',
        'ghcr.io/kubernetes-sigs/sig-windows/eventflow-logger:v0.1.0',
        {
          args: ['$env:CONTAINER_SANDBOX_MOUNT_POINT/eventflow/EventFlowLogger.exe'],
          env: [NODE_NAME_ENV],
          volumeMounts: [
            { name: 'eventflow-config', mountPath: '/eventflow/config', readOnly: true },
          ],
          resources: { requests: { cpu: '50m', memory: '64Mi' }, limits: { memory: '256Mi' } },
        },
      ),
    ],
    volumes: [{ name: 'eventflow-config', configMap: { name: 'eventflow-config' } }],
    scheduling: { tolerations: TOLERATE_ALL, priorityClassName: 'system-node-critical' },
    documentsBefore: [
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'eventflow-config', namespace: 'logging' },
        data: { 'eventFlowConfig.json': `${EVENTFLOW_CONFIG}\n` },
      },
    ],
  }),
} satisfies Preset;
