import type { Rule } from '../types';
import { effectiveHostProcess, visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';

/** A pod with any HostProcess container must be all HostProcess (Kubernetes `validateWindowsHostProcessPod`). */
export const hostProcessAllContainers: Rule = {
  id: 'host-process-all-containers',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.hostProcessLimitations,
  check: ({ spec }) => {
    const containers = visitContainers(spec);
    const hostProcessCount = containers.filter(({ container }) =>
      effectiveHostProcess(spec, container),
    ).length;
    if (hostProcessCount === 0 || hostProcessCount === containers.length) return [];
    return [
      {
        path: 'spec',
        message: explain(
          fieldError.invalid(
            'If pod contains any hostProcess containers then all containers must be HostProcess containers',
          ),
          'Windows cannot mix HostProcess and ordinary containers in one pod: set hostProcess: true on the pod (spec.securityContext.windowsOptions) or move the other containers to another pod.',
        ),
      },
    ];
  },
};
