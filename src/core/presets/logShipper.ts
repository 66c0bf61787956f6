import { ACCOUNT_FACTS } from '@/core/model/windowsAccounts';

import { presetContainer, presetDraft, TOLERATE_ALL } from './build';
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
          {
            providerName: 'Microsoft.Virtualization.RunHCS',
            providerGuid: '0B52781F-B24D-5685-DDF6-69830ED40EC3',
            level: 'Verbose',
          },
          {
            providerName: 'ContainerD',
            providerGuid: '2acb92c0-eb9b-571a-69cf-8f3410f383ad',
            level: 'Verbose',
          },
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
  summary: `Streams the containerd and Host Compute Service ETW events of each node to standard output, where the cluster’s log pipeline picks them up. The image’s entrypoint is eventflow-logger.exe, whose only argument is its configuration file, here config.json from a ConfigMap. ${ACCOUNT_FACTS.etwSessionAccounts.claim} So it runs as LocalService, where the SIG Windows example uses LocalSystem; switch back if your nodes restrict the providers. The image is built on Nano Server 1809 by its Dockerfile.`,
  companionOf: 'Stands alone; its output is the pod log, for whatever collects container logs.',
  docUrl:
    'https://github.com/kubernetes-sigs/sig-windows-tools/blob/master/hostprocess/eventflow-logger/containerd-logger.yaml',
  needs: ['read-etw'],
  draft: presetDraft({
    workload: {
      kind: 'DaemonSet',
      name: 'containerd-logger',
      namespace: 'logging',
      labels: [{ key: 'k8s-app', value: 'containerd-logger' }],
      emitNamespace: true,
      maxUnavailable: '1',
    },
    runAsUserName: 'NT AUTHORITY\\Local service',
    containers: [
      presetContainer(
        'containerd-logger',
        'ghcr.io/kubernetes-sigs/sig-windows/eventflow-logger:v0.1.0',
        {
          imagePullPolicy: 'IfNotPresent',
          args: ['config.json'],
          volumeMounts: [
            { name: 'containerd-logger-config', mountPath: '/config.json', subPath: 'config.json' },
          ],
          resources: { requests: { cpu: '50m', memory: '64Mi' }, limits: { memory: '256Mi' } },
        },
      ),
    ],
    volumes: [
      { name: 'containerd-logger-config', configMap: { name: 'containerd-logger-config' } },
    ],
    scheduling: { tolerations: TOLERATE_ALL, priorityClassName: 'system-node-critical' },
    documentsBefore: [
      {
        apiVersion: 'v1',
        kind: 'ConfigMap',
        metadata: { name: 'containerd-logger-config', namespace: 'logging' },
        data: { 'config.json': `${EVENTFLOW_CONFIG}\n` },
      },
    ],
  }),
} satisfies Preset;
