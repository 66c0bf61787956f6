import type { Rule } from '../types';
import { effectiveHostProcess, visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { dig } from '../support/read';
import { ACCOUNT_FACTS } from '@/core/model/windowsAccounts';

/**
 * `runAsNonRoot: true` on a HostProcess pod. A warning, not an error: the docs forbid it, but no
 * component refuses the pod today, so it is a promise the pod does not keep rather than a failure (the Kubernetes
 * docs page "Create a Windows HostProcess Pod").
 */
export const runAsNonRootTrue: Rule = {
  id: 'run-as-non-root-true',
  severity: 'warning',
  stage: 'guidance',
  docUrl: DOC_URLS.hostProcessRequirements,
  facts: [ACCOUNT_FACTS.runAsNonRootNotEnforced.id],
  check: ({ spec }) => {
    const containers = visitContainers(spec).filter(({ container }) =>
      effectiveHostProcess(spec, container),
    );
    if (containers.length === 0) return [];
    const message = `${ACCOUNT_FACTS.runAsNonRootNotEnforced.claim} It does not make the container unprivileged either: remove runAsNonRoot (or set it to false) and pick the account in runAsUserName.`;
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
