import { MOUNT_FACTS } from '@/core/model/windowsMounts';
import type { Target } from '@/core/validation/types';

/** Where a HostProcess process finds a volume mounted at `mountPath` on the target nodes. */
export interface MountAccess {
  /** The path to use: the mountPath itself with bind mounts, else under the container volume. */
  primary: string;
  /** Other paths that reach the same volume. */
  alternatives: string[];
}

/** True when the target nodes bind volumes at their mountPath (containerd 1.7+ with the bind filter). */
export function bindsMounts(target: Target): boolean {
  return target.containerd !== '1.6' && target.windows !== '2019';
}

/** The paths a process uses to reach a mount on the target nodes; undefined for an empty mountPath. */
export function mountAccess(mountPath: string, target: Target): MountAccess | undefined {
  const trimmed = mountPath.trim();
  if (trimmed === '') return undefined;
  const windows = trimmed.replace(/\//g, '\\');
  const withoutDrive = windows.replace(/^[A-Za-z]:/, '').replace(/^\\+/, '');
  const absolute = /^[A-Za-z]:/.test(windows) ? windows : `C:\\${withoutDrive}`;
  const sandbox = `$env:CONTAINER_SANDBOX_MOUNT_POINT\\${withoutDrive}`;
  const relative = `.\\${withoutDrive}`;
  return bindsMounts(target)
    ? { primary: absolute, alternatives: [sandbox, relative] }
    : {
        primary: sandbox,
        alternatives: [`%CONTAINER_SANDBOX_MOUNT_POINT%\\${withoutDrive}`, relative],
      };
}

/** What the Volumes section says about how mounts reach the process on the target nodes. */
export function volumeHelp(target: Target): string[] {
  const how =
    target.containerd === '1.6'
      ? MOUNT_FACTS.containerd16MountsUnderVolume.claim
      : MOUNT_FACTS.bindMountsNeedBindflt.claim;
  return [
    how,
    MOUNT_FACTS.sandboxVariableReplaced.claim,
    MOUNT_FACTS.pipesAndSocketsNotMountable.claim,
  ];
}
