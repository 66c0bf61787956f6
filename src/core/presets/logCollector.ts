import { HOSTPROCESS_BASE_IMAGE } from '@/core/model/windows';
import { ACCOUNT_FACTS } from '@/core/model/windowsAccounts';
import { LIFECYCLE_FACTS } from '@/core/model/windowsLifecycle';

import { presetContainer, presetDraft, TOLERATE_ALL } from './build';
import type { Preset } from './types';

/** Where sig-windows-tools' PrepareNode.ps1 has the kubelet write its log. */
const KUBELET_LOG = 'C:\\var\\log\\kubelet\\kubelet.err.log';

const FOLLOW_KUBELET_LOG = `Get-Content -Path ${KUBELET_LOG} -Tail 100 -Wait`;

// Polls rather than subscribes: Get-WinEvent has no follow mode, and the record id never repeats.
const FOLLOW_SYSTEM_LOG = [
  '$last = (Get-WinEvent -LogName System -MaxEvents 1).RecordId',
  'while ($true) {',
  '  Start-Sleep -Seconds 10',
  "  Get-WinEvent -LogName System -MaxEvents 500 | Where-Object RecordId -gt $last | Sort-Object RecordId | ForEach-Object { $last = $_.RecordId; '{0:o} {1} {2} {3}' -f $_.TimeCreated, $_.ProviderName, $_.Id, ($_.Message -replace '\\s+', ' ') }",
  '}',
].join('\n');

const limited = { requests: { cpu: '10m', memory: '32Mi' }, limits: { memory: '128Mi' } };

/** Follows the kubelet log file and the System event log of each node on the pod's output. */
export const logCollector = {
  id: 'log-collector',
  title: 'Kubelet and event log collector (DaemonSet)',
  summary: `Follows the kubelet log (${KUBELET_LOG}, where sig-windows-tools’ PrepareNode.ps1 puts it) and the Windows System event log of each node, one container each, so kubectl logs and your cluster’s log pipeline see them. Both containers run the node’s own PowerShell from the HostProcess base image and read only, so they run as LocalService, the least privileged built-in account: ${ACCOUNT_FACTS.localService.claim} If your nodes keep the kubelet log elsewhere or lock it down, change the path or grant read access with icacls. ${LIFECYCLE_FACTS.limitsCapJobObject.claim}`,
  companionOf: 'Stands alone; any collector of container logs ships its output further.',
  docUrl:
    'https://github.com/kubernetes-sigs/sig-windows-tools/blob/master/hostprocess/PrepareNode.ps1',
  needs: [],
  draft: presetDraft({
    workload: {
      kind: 'DaemonSet',
      name: 'windows-log-collector',
      namespace: 'logging',
      labels: [{ key: 'app', value: 'windows-log-collector' }],
      emitNamespace: true,
      maxUnavailable: '1',
    },
    runAsUserName: 'NT AUTHORITY\\Local service',
    containers: [
      presetContainer('kubelet-log', HOSTPROCESS_BASE_IMAGE, {
        command: ['powershell', '-NoProfile', '-Command', FOLLOW_KUBELET_LOG],
        resources: limited,
      }),
      presetContainer('system-events', HOSTPROCESS_BASE_IMAGE, {
        command: ['powershell', '-NoProfile', '-Command', FOLLOW_SYSTEM_LOG],
        resources: limited,
      }),
    ],
    scheduling: { tolerations: TOLERATE_ALL },
  }),
} satisfies Preset;
