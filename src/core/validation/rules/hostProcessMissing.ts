import type { Rule } from '../types';
import { containerHostProcess, podHostProcess, visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';

/**
 * Nothing in the pod says `hostProcess`, either way: it would run as an ordinary (isolated)
 * Windows container, not on the node as the builder intends. An explicit `false` is taken as meant.
 */
export const hostProcessMissing: Rule = {
  id: 'host-process-missing',
  severity: 'warning',
  stage: 'guidance',
  docUrl: DOC_URLS.hostProcessRequirements,
  check: ({ spec }) => {
    const containers = visitContainers(spec);
    if (containers.length === 0 || podHostProcess(spec) !== undefined) return [];
    if (containers.some(({ container }) => containerHostProcess(container) !== undefined))
      return [];
    return [
      {
        path: 'spec.securityContext.windowsOptions.hostProcess',
        message:
          'Nothing makes this a HostProcess pod: without windowsOptions.hostProcess: true its containers run isolated from the node. Set hostProcess: true on the pod.',
      },
    ];
  },
};
