import type { Rule, Target } from '../types';
import { DOC_URLS } from '../support/docUrls';
import {
  hostProcessMounts,
  reachesThroughVolume,
  relativeMountPath,
} from '../support/sandboxPaths';
import { MOUNT_FACTS } from '@/core/model/windowsMounts';

/** Why volumes are not at their mountPath on the target nodes, or undefined when they are. */
function whyNotAtMountPath(target: Target): string | undefined {
  if (target.containerd === '1.6') {
    return `On containerd 1.6 nodes: ${MOUNT_FACTS.containerd16MountsUnderVolume.claim}`;
  }
  if (target.windows === '2019') {
    return `On Windows Server 2019 nodes: ${MOUNT_FACTS.bindMountsNeedBindflt.claim}`;
  }
  return undefined;
}

/**
 * Volumes a HostProcess process will not find at their mountPath (containerd 1.6, or no bind
 * filter), unless its command, args, env or workingDir already reach them through the volume.
 */
export const containerdMountPaths: Rule = {
  id: 'containerd-1-6-mount-paths',
  severity: 'warning',
  stage: 'node',
  docUrl: DOC_URLS.hostProcessVolumeMounts,
  facts: [MOUNT_FACTS.containerd16MountsUnderVolume.id, MOUNT_FACTS.bindMountsNeedBindflt.id],
  check: ({ spec }, target) => {
    const why = whyNotAtMountPath(target);
    if (why === undefined) return [];
    return hostProcessMounts(spec)
      .filter(({ container, mountPath }) => !reachesThroughVolume(container, mountPath))
      .map(({ mountPath, path }) => {
        const relative = `\\${relativeMountPath(mountPath)}`;
        return {
          path,
          message: `${why} Reach this volume as $env:CONTAINER_SANDBOX_MOUNT_POINT${relative} (PowerShell), %CONTAINER_SANDBOX_MOUNT_POINT%${relative} (command line) or .${relative}.`,
        };
      });
  },
};
