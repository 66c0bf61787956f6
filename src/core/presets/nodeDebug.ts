import { HOSTPROCESS_BASE_IMAGE } from '@/core/model/windows';

import { presetContainer, presetDraft } from './build';
import type { Preset } from './types';

/** An interactive PowerShell on one Windows node, for troubleshooting. */
export const nodeDebug = {
  id: 'node-debug',
  title: 'Node debug pod',
  summary:
    'A PowerShell session on one Windows node (set the kubernetes.io/hostname selector), for reading logs, running hcsdiag or checking HNS state with kubectl exec. Troubleshooting usually needs full access, so it runs as LocalSystem: delete the pod as soon as you are done, and prefer LocalService when you only need to look around. Modelled on the windows-debug project.',
  companionOf: 'Stands alone: pin it to one node with the kubernetes.io/hostname selector.',
  docUrl: 'https://github.com/jsturtevant/windows-debug',
  needs: ['node-administrator'],
  draft: presetDraft({
    workload: { name: 'windows-node-debug', namespace: 'default' },
    runAsUserName: 'NT AUTHORITY\\SYSTEM',
    containers: [
      presetContainer('shell', HOSTPROCESS_BASE_IMAGE, {
        command: ['powershell.exe', '-Command', 'Start-Sleep -Seconds 2147483'],
        extra: { stdin: true, tty: true },
      }),
    ],
    scheduling: {
      nodeSelector: [{ key: 'kubernetes.io/hostname', value: 'windows-node-name' }],
      tolerations: [{ operator: 'Exists' }],
      terminationGracePeriodSeconds: 0,
    },
  }),
} satisfies Preset;
