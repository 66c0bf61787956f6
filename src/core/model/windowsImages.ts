import type { WindowsFact } from './windowsFact';
import { at, CONTAINERD, CONTAINERD_PLATFORMS, hostProcessDocs } from './windowsSources';

/** Which images a Windows node can pull for a HostProcess container. */
export const IMAGE_FACTS = {
  platformMatching: {
    id: 'image-platform-matching',
    claim:
      'containerd picks a Windows image from a multi-platform list by OS build, HostProcess or not: a Windows Server 2019 node (build 17763) takes only 2019 images, a 2022 node (20348) only 2022 images, and a 2025 node (26100) 2022 or 2025 images. When no entry matches, the pull fails. A single-platform image, like the HostProcess base image, is not matched by build. The Kubernetes docs say HostProcess images need not match the host version; that holds only for images that are not version-specific lists.',
    sources: [
      at(CONTAINERD_PLATFORMS, 'platform_windows_compat.go', 'checkWindowsHostAndContainerCompat'),
      at(CONTAINERD, 'core/images/image.go', 'Manifest'),
      { url: 'https://github.com/containerd/containerd/issues/7431' },
      hostProcessDocs('Create a Windows HostProcess Pod (introduction)'),
    ],
  },
  baseImageAnyVersion: {
    id: 'base-image-any-version',
    claim:
      'The HostProcess base image is a few kilobytes and pulls on every Windows Server version, since it names none; the programs it runs come from the node.',
    sources: [
      {
        url: 'https://github.com/microsoft/windows-host-process-containers-base-image#overview',
      },
      hostProcessDocs('Base Image for HostProcess Containers'),
    ],
  },
} as const satisfies Record<string, WindowsFact>;
