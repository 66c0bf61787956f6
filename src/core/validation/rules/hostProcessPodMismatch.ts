import type { Rule } from '../types';
import { containerHostProcess, podHostProcess, visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { explain, fieldError } from '../support/fieldError';

/** Pod-level and container-level hostProcess must agree when both are set (Kubernetes `validateWindowsHostProcessPod`). */
export const hostProcessPodMismatch: Rule = {
  id: 'host-process-pod-container-mismatch',
  severity: 'error',
  stage: 'api-server',
  docUrl: DOC_URLS.hostProcessRequirements,
  check: ({ spec }) => {
    const podValue = podHostProcess(spec);
    if (podValue === undefined) return [];
    return visitContainers(spec)
      .filter(({ container }) => {
        const own = containerHostProcess(container);
        return own !== undefined && own !== podValue;
      })
      .map(({ path }) => ({
        path: `${path}.securityContext.windowsOptions.hostProcess`,
        message: explain(
          fieldError.invalid(
            `pod hostProcess value must be identical if both are specified, was ${String(podValue)}`,
          ),
          'A container cannot opt out of (or into) HostProcess on its own: remove its hostProcess or make it match the pod.',
        ),
      }));
  },
};
