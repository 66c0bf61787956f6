import type { Rule } from '../types';
import { effectiveHostProcess, visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { dig } from '../support/read';

/**
 * HostProcess containers run with privileged access, so the docs forbid `runAsNonRoot: true`;
 * neither the API server nor PSA checks it (the Kubernetes docs page "Create a Windows HostProcess Pod").
 */
export const runAsNonRootTrue: Rule = {
  id: 'run-as-non-root-true',
  severity: 'error',
  stage: 'node',
  docUrl: DOC_URLS.hostProcessRequirements,
  check: ({ spec }) => {
    const containers = visitContainers(spec).filter(({ container }) =>
      effectiveHostProcess(spec, container),
    );
    if (containers.length === 0) return [];
    const message =
      'runAsNonRoot: true cannot be honoured by a HostProcess container: the kubelet refuses to start it. Remove runAsNonRoot (or set it to false).';
    const hits: Array<{ path: string; message: string }> = [];
    if (dig(spec, 'securityContext', 'runAsNonRoot') === true) {
      hits.push({ path: 'spec.securityContext.runAsNonRoot', message });
    }
    for (const { container, path } of containers) {
      if (dig(container, 'securityContext', 'runAsNonRoot') === true) {
        hits.push({ path: `${path}.securityContext.runAsNonRoot`, message });
      }
    }
    return hits;
  },
};
