import type { Rule } from '../types';
import { effectiveHostProcess, visitContainers } from '../support/containers';
import { DOC_URLS } from '../support/docUrls';
import { asArray, asString, dig } from '../support/read';
import { relativeMountPath } from '../support/sandboxPaths';
import { MOUNT_FACTS } from '@/core/model/windowsMounts';

/** Folders of C: whose contents Windows and installed programs rely on (lower case). */
const SYSTEM_FOLDERS = [
  '',
  'windows',
  'program files',
  'program files (x86)',
  'programdata',
  'users',
];

function isSystemFolder(mountPath: string): boolean {
  const relative = relativeMountPath(mountPath);
  return SYSTEM_FOLDERS.includes(relative) || relative.startsWith('windows\\');
}

/** A bind mount over a Windows system folder hides the real one from the container's processes. */
export const mountOverSystemFolder: Rule = {
  id: 'mount-over-system-folder',
  severity: 'warning',
  stage: 'node',
  docUrl: DOC_URLS.hostProcessVolumeMounts,
  facts: [MOUNT_FACTS.bindMountShadowsHostFolder.id, MOUNT_FACTS.bindMountsNeedBindflt.id],
  check: ({ spec }, target) => {
    // Without the bind filter the mount is a symlink under the container volume: nothing is hidden.
    if (target.containerd === '1.6' || target.windows === '2019') return [];
    return visitContainers(spec).flatMap(({ container, path }) =>
      effectiveHostProcess(spec, container)
        ? asArray(container.volumeMounts).flatMap((mount, index) => {
            const mountPath = asString(dig(mount, 'mountPath'));
            // Only absolute paths on C: (a path without a drive means C:) name a system folder.
            if (!mountPath || !/^(c:)?[\\/]/i.test(mountPath.trim())) return [];
            if (!isSystemFolder(mountPath)) return [];
            return [
              {
                path: `${path}.volumeMounts[${index}].mountPath`,
                message: `${mountPath} is a Windows system folder. ${MOUNT_FACTS.bindMountShadowsHostFolder.claim} Mount the volume at a folder of its own, e.g. C:\\data\\…, and point the program there.`,
              },
            ];
          })
        : [],
    );
  },
};
