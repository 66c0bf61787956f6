import type { Draft } from '@/core/model/draft';

/** The grant a usergroup needs on one mounted host path. */
export interface HostPathGrant {
  volume: string;
  path: string;
  /** RX = read and execute; M = modify. */
  rights: 'RX' | 'M';
  command: string;
}

const FILE_TYPES = new Set(['File', 'FileOrCreate', 'Socket', 'CharDevice', 'BlockDevice']);

/**
 * One `icacls` grant per host path the pod mounts: modify (M) when the workload writes to host
 * folders and some mount of the path is writable, else read (RX). Folders get (OI)(CI) so the
 * grant reaches everything under them; a single file does not take inheritance flags.
 */
export function hostPathGrants(
  draft: Pick<Draft, 'containers' | 'initContainers' | 'volumes'>,
  group: string,
  writes: boolean,
): HostPathGrant[] {
  const mounts = [...draft.initContainers, ...draft.containers].flatMap((c) => c.volumeMounts);
  return draft.volumes.flatMap((volume) => {
    const hostPath = volume.hostPath;
    if (!hostPath?.path) return [];
    const own = mounts.filter((mount) => mount.name === volume.name);
    if (own.length === 0) return [];
    const rights = writes && own.some((mount) => mount.readOnly !== true) ? 'M' : 'RX';
    const inherit = FILE_TYPES.has(hostPath.type ?? '') ? '' : '(OI)(CI)';
    return [
      {
        volume: volume.name,
        path: hostPath.path,
        rights,
        command: `icacls "${hostPath.path}" /grant "${group.replace(/"/g, '')}:${inherit}${rights}"`,
      },
    ];
  });
}
