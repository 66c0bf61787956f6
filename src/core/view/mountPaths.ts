/**
 * Where a HostProcess process finds a volume mounted at `mountPath`, by containerd version
 * (https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/#volume-mounts).
 */
export interface MountAccess {
  /** containerd 1.7+: the mountPath itself, as a Windows path. */
  containerd17: string;
  /** containerd 1.6: under the container volume, through the environment variable. */
  containerd16: string;
  /** containerd 1.6: relative to the working directory (the container volume). */
  relative: string;
}

/** The paths a process uses to reach a mount; undefined for an empty mountPath. */
export function mountAccess(mountPath: string): MountAccess | undefined {
  const trimmed = mountPath.trim();
  if (trimmed === '') return undefined;
  const windows = trimmed.replace(/\//g, '\\');
  const withoutDrive = windows.replace(/^[A-Za-z]:/, '').replace(/^\\+/, '');
  const hasDrive = /^[A-Za-z]:/.test(windows);
  return {
    containerd17: hasDrive ? windows : `C:\\${withoutDrive}`,
    containerd16: `$CONTAINER_SANDBOX_MOUNT_POINT\\${withoutDrive}`,
    relative: `.\\${withoutDrive}`,
  };
}
