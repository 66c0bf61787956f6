import { HOSTPROCESS_BASE_IMAGE, HOSTPROCESS_DOC_URL } from '@/core/model/windows';

import { presetContainer, presetDraft, TOLERATE_ALL } from './build';
import type { Preset } from './types';

/** An init container prepares the local group; the main container then runs as that group. */
export const groupInit = {
  id: 'group-init',
  title: 'Create the usergroup in an init container',
  summary:
    'A DaemonSet whose init container creates the local group hpc-localgroup on each node (only an administrator can, so that one container runs as LocalSystem), after which the main container runs as the group with only the rights granted to it. The privileged step is short-lived and the long-running process stays least privileged.',
  companionOf: 'Stands alone: its init container prepares the group on each node.',
  docUrl: `${HOSTPROCESS_DOC_URL}#local-accounts`,
  needs: ['write-host-folders'],
  draft: presetDraft({
    workload: {
      kind: 'DaemonSet',
      name: 'hpc-localgroup-agent',
      namespace: 'kube-system',
      labels: [{ key: 'app', value: 'hpc-localgroup-agent' }],
      maxUnavailable: '1',
    },
    runAsUserName: 'hpc-localgroup',
    initContainers: [
      presetContainer('create-group', HOSTPROCESS_BASE_IMAGE, {
        // Checking first keeps the init container idempotent: `/add` fails when the group exists.
        command: [
          'cmd',
          '/c',
          'net localgroup hpc-localgroup || net localgroup hpc-localgroup /add',
        ],
        runAsUserName: 'NT AUTHORITY\\SYSTEM',
      }),
    ],
    containers: [
      presetContainer('agent', HOSTPROCESS_BASE_IMAGE, {
        command: ['ping', '-t', '127.0.0.1'],
        resources: { requests: { cpu: '10m', memory: '32Mi' }, limits: { memory: '64Mi' } },
      }),
    ],
    scheduling: { tolerations: TOLERATE_ALL },
  }),
} satisfies Preset;
