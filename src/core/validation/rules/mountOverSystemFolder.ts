import type { Rule } from '../types';
import { DOC_URLS } from '../support/docUrls';
import { hostProcessMounts, relativeMountPath } from '../support/sandboxPaths';
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

// Only absolute paths on C: (a path without a drive means C:) can name a system folder.
function isSystemFolder(mountPath: string): boolean {
  if (!/^(c:)?[\\/]/i.test(mountPath.trim())) return false;
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
    return hostProcessMounts(spec)
      .filter(({ mountPath }) => isSystemFolder(mountPath))
      .map(({ mountPath, path }) => ({
        path,
        message: `${mountPath} is a Windows system folder. ${MOUNT_FACTS.bindMountShadowsHostFolder.claim} Mount the volume at a folder of its own, e.g. C:\\data\\…, and point the program there.`,
      }));
  },
};
