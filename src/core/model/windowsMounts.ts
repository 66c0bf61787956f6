import type { WindowsFact } from './windowsFact';
import { at, HCSSHIM, hostProcessDocs } from './windowsSources';

const JOB_CONTAINER = 'internal/jobcontainers/jobcontainer.go';

/** How a HostProcess container's processes reach its volumes. */
export const MOUNT_FACTS = {
  sandboxVariableReplaced: {
    id: 'sandbox-variable-replaced',
    claim:
      "hcsshim replaces $env:CONTAINER_SANDBOX_MOUNT_POINT and %CONTAINER_SANDBOX_MOUNT_POINT% (exactly these spellings) with the container volume's path in the command line, the working directory and environment values, and sets CONTAINER_SANDBOX_MOUNT_POINT in every process's environment.",
    sources: [
      at(HCSSHIM, JOB_CONTAINER, 'replaceWithMountPoint'),
      at(HCSSHIM, JOB_CONTAINER, 'CreateProcess'),
    ],
  },
  defaultWorkingDirectory: {
    id: 'default-working-directory',
    claim:
      'Without a workingDir the process starts in the container volume, the folder $env:CONTAINER_SANDBOX_MOUNT_POINT names.',
    sources: [at(HCSSHIM, JOB_CONTAINER, 'CreateProcess')],
  },
  bareSandboxVariable: {
    id: 'bare-sandbox-variable',
    claim:
      '$CONTAINER_SANDBOX_MOUNT_POINT without env: is not replaced: PowerShell reads it as an unset PowerShell variable, which is empty, and other programs receive the text as written. The Kubernetes docs write it this way; hcsshim replaces only $env:CONTAINER_SANDBOX_MOUNT_POINT and %CONTAINER_SANDBOX_MOUNT_POINT%.',
    sources: [
      at(HCSSHIM, JOB_CONTAINER, 'replaceWithMountPoint'),
      hostProcessDocs('Volume mounts'),
    ],
  },
  containerd16MountsUnderVolume: {
    id: 'containerd-1-6-mounts-under-volume',
    claim:
      'With containerd 1.6 every volume is placed under the container volume: the process finds it relative to its working directory or under the sandbox variable, not at its mountPath.',
    sources: [hostProcessDocs('Volume mounts: Containerd v1.6')],
  },
  bindMountsNeedBindflt: {
    id: 'bind-mounts-need-bindflt',
    claim:
      'With containerd 1.7 or newer a volume appears at its mountPath only when the node has the bind filter (bindfltapi.dll, present on Windows Server 2022 and newer, absent on Windows Server 2019). Without it hcsshim falls back to symlinks under the container volume, C:\\hpc\\<container id>\\…, which the process reaches only through the sandbox variable or a relative path.',
    sources: [
      at(HCSSHIM, JOB_CONTAINER, 'Create'),
      at(HCSSHIM, 'internal/jobcontainers/storage.go', 'FileBindingSupported'),
      at(HCSSHIM, 'internal/jobcontainers/mounts.go', 'fallbackMountSetup'),
      hostProcessDocs('Volume mounts: Containerd v1.7 (and greater)'),
    ],
  },
  bindMountShadowsHostFolder: {
    id: 'bind-mount-shadows-host-folder',
    claim:
      'A bind mount over a folder that exists on the host hides the host\'s folder from that container\'s processes (hcsshim only logs that it "will be shadowed"): a mount over C:\\Windows or C:\\Windows\\System32 hides the system files those processes load.',
    sources: [at(HCSSHIM, 'internal/jobcontainers/mounts.go', 'setupMounts')],
  },
  pipesAndSocketsNotMountable: {
    id: 'pipes-and-sockets-not-mountable',
    claim:
      'Named pipes and Unix domain sockets cannot be mounted into HostProcess containers: the process opens them by their host path instead.',
    sources: [
      hostProcessDocs('Limitations'),
      at(HCSSHIM, 'internal/jobcontainers/mounts.go', 'isnamedPipePath'),
    ],
  },
} as const satisfies Record<string, WindowsFact>;
