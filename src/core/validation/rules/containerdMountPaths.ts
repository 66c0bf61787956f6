import type { Rule } from '../types';
import { effectiveHostProcess, visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { asArray, asString, dig } from '../support/read';

/**
 * On containerd 1.6 a HostProcess process does not see volumes at their mountPath: it reaches them
 * relative to its working directory or under %CONTAINER_SANDBOX_MOUNT_POINT%. containerd 1.7+
 * mounts them at mountPath as on Linux.
 */
export const containerdMountPaths: Rule = {
  id: 'containerd-1-6-mount-paths',
  severity: 'warning',
  stage: 'guidance',
  docUrl: DOC_URLS.hostProcessVolumeMounts,
  check: ({ spec }, target) => {
    if (target.containerd !== '1.6') return [];
    return visitContainers(spec).flatMap(({ container, path }) =>
      effectiveHostProcess(spec, container)
        ? asArray(container.volumeMounts).flatMap((mount, index) => {
            const mountPath = asString(dig(mount, 'mountPath'));
            if (!mountPath) return [];
            const relative = mountPath.replace(/^[a-zA-Z]:/, '').replace(/\//g, '\\');
            return [
              {
                path: `${path}.volumeMounts[${index}].mountPath`,
                message: `On containerd 1.6 the process does not find this volume at ${mountPath}: use .${relative.startsWith('\\') ? '' : '\\'}${relative} or $env:CONTAINER_SANDBOX_MOUNT_POINT${relative.startsWith('\\') ? '' : '\\'}${relative}, or run containerd 1.7+ on the nodes.`,
              },
            ];
          })
        : [],
    );
  },
};
