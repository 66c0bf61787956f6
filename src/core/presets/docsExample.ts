import { createDraft } from '@/core/model/draft';
import { HOSTPROCESS_DOC_URL } from '@/core/model/windows';

import type { Preset } from './types';

/** The example Pod of the Kubernetes HostProcess task page. */
export const docsExample = {
  id: 'docs-example',
  title: 'Docs example: ping as LocalService',
  summary:
    'The example from the Kubernetes documentation: one container that pings the loopback address. It runs as LocalService, the least privileged built-in account, because pinging needs no rights on the node.',
  companionOf: 'Stands alone: the programs it runs come from the node.',
  docUrl: HOSTPROCESS_DOC_URL,
  needs: [],
  draft: createDraft(),
} satisfies Preset;
