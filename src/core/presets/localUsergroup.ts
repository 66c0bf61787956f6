import { HOSTPROCESS_BASE_IMAGE, HOSTPROCESS_DOC_URL } from '@/core/model/windows';

import { presetContainer, presetDraft } from './build';
import type { Preset } from './types';

/** The docs' local usergroup example: the pod runs as a fresh user in `hpc-localgroup`. */
export const localUsergroup = {
  id: 'local-usergroup',
  title: 'Run as a local usergroup (hpc-localgroup)',
  summary:
    'Runs as a temporary user that containerd creates in the local group hpc-localgroup, so the container holds exactly the rights an administrator granted that group (with icacls and similar) and nothing more. The group must already exist on every node; see the group-preparing preset for a way to create it.',
  companionOf:
    'Needs the hpc-localgroup group on every node (the group-preparing preset creates it).',
  docUrl: `${HOSTPROCESS_DOC_URL}#local-accounts`,
  needs: ['write-host-folders'],
  draft: presetDraft({
    workload: { name: 'hpc-localgroup-example' },
    runAsUserName: 'hpc-localgroup',
    containers: [
      presetContainer('test', HOSTPROCESS_BASE_IMAGE, {
        command: ['ping', '-t', '127.0.0.1'],
      }),
    ],
  }),
} satisfies Preset;
