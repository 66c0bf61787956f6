import type { PodSpec, WindowsSecurityContextOptions } from 'kubernetes-types/core/v1';

import { visitContainers } from './containers';
import { dig, isRecord } from './read';

/** A `windowsOptions` object and the path Kubernetes reports for it. */
export interface WindowsOptionsAt {
  path: string;
  options: WindowsSecurityContextOptions;
}

/** Pod-level windowsOptions first, then each container's (init, regular, ephemeral). */
export function windowsOptionsLocations(spec: PodSpec): WindowsOptionsAt[] {
  const found: WindowsOptionsAt[] = [];
  const podOptions = dig(spec, 'securityContext', 'windowsOptions');
  if (isRecord(podOptions)) {
    found.push({ path: 'spec.securityContext.windowsOptions', options: podOptions });
  }
  for (const { container, path } of visitContainers(spec)) {
    const options = dig(container, 'securityContext', 'windowsOptions');
    if (isRecord(options)) {
      found.push({ path: `${path}.securityContext.windowsOptions`, options });
    }
  }
  return found;
}

/** Every runAsUserName string set anywhere in the pod, with its path. */
export function runAsUserNames(spec: PodSpec): Array<{ path: string; value: string }> {
  return windowsOptionsLocations(spec).flatMap(({ path, options }) =>
    typeof options.runAsUserName === 'string'
      ? [{ path: `${path}.runAsUserName`, value: options.runAsUserName }]
      : [],
  );
}
