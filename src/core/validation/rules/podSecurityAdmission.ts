import type { PodSpec } from 'kubernetes-types/core/v1';

import type { Rule } from '../types';
import { podSecurityLevel } from '../podSecurityLevel';
import { visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { asArray, dig, isRecord } from '../support/read';

/** The field to highlight for a failing PSA check: the first offender, else the pod spec. */
function pathFor(check: string, spec: PodSpec): string {
  const containers = visitContainers(spec);
  switch (check) {
    case 'windowsHostProcess': {
      if (dig(spec, 'securityContext', 'windowsOptions', 'hostProcess') === true) {
        return 'spec.securityContext.windowsOptions.hostProcess';
      }
      const first = containers.find(
        ({ container }) =>
          dig(container, 'securityContext', 'windowsOptions', 'hostProcess') === true,
      );
      return first ? `${first.path}.securityContext.windowsOptions.hostProcess` : 'spec';
    }
    case 'hostNamespaces':
      return spec.hostNetwork === true
        ? 'spec.hostNetwork'
        : spec.hostPID === true
          ? 'spec.hostPID'
          : 'spec.hostIPC';
    case 'hostPorts': {
      for (const { container, path } of containers) {
        const index = asArray(container.ports).findIndex((port) => {
          const hostPort = dig(port, 'hostPort');
          return typeof hostPort === 'number' && hostPort !== 0;
        });
        if (index >= 0) return `${path}.ports[${index}].hostPort`;
      }
      return 'spec';
    }
    case 'hostPathVolumes': {
      const index = asArray(spec.volumes).findIndex((volume) => isRecord(dig(volume, 'hostPath')));
      return index >= 0 ? `spec.volumes[${index}].hostPath` : 'spec.volumes';
    }
    default:
      return 'spec';
  }
}

/**
 * Pod Security Admission: a pod that fails the baseline level is admitted only in a namespace
 * labelled `pod-security.kubernetes.io/enforce: privileged` (reference section E). One finding per
 * failing check, worded like PSA's own `reason (detail)`.
 */
export const podSecurityAdmission: Rule = {
  id: 'pod-security-baseline',
  severity: 'warning',
  stage: 'admission',
  docUrl: DOC_URLS.podSecurityStandards,
  check: (pod) => {
    const { level, failing } = podSecurityLevel(pod);
    if (level !== 'privileged') return [];
    return failing.map(({ check, reason, detail }) => ({
      path: pathFor(check, pod.spec),
      message: `violates PodSecurity "baseline:latest": ${reason} (${detail}). Deploy it to a namespace labelled pod-security.kubernetes.io/enforce: privileged.`,
    }));
  },
};
