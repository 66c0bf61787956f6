import type { FactSource } from './windowsFact';

/**
 * The upstream files the Windows facts were read from, each at the commit that was read. One place,
 * so a newer upstream reading changes one line.
 */
export const HCSSHIM = {
  repo: 'microsoft/hcsshim',
  commit: '7c9ff7f481383ff47524bade75d1b25d631b49ce',
};
/** hcsshim as vendored by containerd 1.6.39 (v0.9.12). */
export const HCSSHIM_0_9 = {
  repo: 'microsoft/hcsshim',
  commit: '03a825b338b43a019bf4fc9aab29f6d0c5be39d0',
};
export const CONTAINERD = {
  repo: 'containerd/containerd',
  commit: '301026e58c619e63d09c0ec411012e54c0124b03',
};
export const CONTAINERD_1_6 = {
  repo: 'containerd/containerd',
  commit: 'b4506601d9819897827fd0611288969e8b3ccae9',
};
export const CONTAINERD_PLATFORMS = {
  repo: 'containerd/platforms',
  commit: '09756f59cb1d6b3fb368f371043d36e634789537',
};
export const KUBERNETES = {
  repo: 'kubernetes/kubernetes',
  commit: '04791b4906602ffda5ccf9bc4c84d3329f1d7080',
};
export const SIG_WINDOWS_TOOLS = {
  repo: 'kubernetes-sigs/sig-windows-tools',
  commit: '401ee6fcd8369cd8c293bd361275fdbe6f24ed07',
};
export const WINDOWS_EXPORTER = {
  repo: 'prometheus-community/windows_exporter',
  commit: '589ec15d12b25894f425d72d7a2396c9344b00a0',
};
export const CSI_DRIVER_SMB = {
  repo: 'kubernetes-csi/csi-driver-smb',
  commit: '95c6968057eeab711c5913fa6c26295759b6ceb3',
};
export const CSI_PROXY = {
  repo: 'kubernetes-csi/csi-proxy',
  commit: '0211feaf25cd165167e86dda8d2782876647d257',
};
export const CALICO = {
  repo: 'projectcalico/calico',
  commit: '5a78cd718b5fb56a60e14555cdf4bcfd7ac679df',
};

/** The Kubernetes HostProcess task page, as read in kubernetes/website at 23009a5. */
export function hostProcessDocs(section: string): FactSource {
  return {
    url: 'https://kubernetes.io/docs/tasks/configure-pod-container/create-hostprocess-pod/',
    section,
  };
}

/** A file of one of the repositories above. */
export function at(
  source: { repo: string; commit: string },
  path: string,
  symbol?: string,
): FactSource {
  return symbol === undefined ? { ...source, path } : { ...source, path, symbol };
}
