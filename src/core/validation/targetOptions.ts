import type { Target } from './types';

/** Kubernetes minor versions the target picker offers, newest first (HostProcess is GA since 1.26). */
export const KUBERNETES_VERSIONS = [
  '1.35',
  '1.34',
  '1.33',
  '1.32',
  '1.31',
  '1.30',
  '1.29',
  '1.28',
  '1.27',
  '1.26',
] as const;

/** containerd generations that differ in how a HostProcess process reaches its volume mounts. */
export const CONTAINERD_VERSIONS: ReadonlyArray<{ value: Target['containerd']; label: string }> = [
  { value: '1.7+', label: 'containerd 1.7 or newer' },
  { value: '1.6', label: 'containerd 1.6' },
];

/** Windows Server versions of the nodes, newest first. */
export const WINDOWS_VERSIONS: ReadonlyArray<{ value: Target['windows']; label: string }> = [
  { value: '2025', label: 'Windows Server 2025' },
  { value: '2022', label: 'Windows Server 2022' },
  { value: '2019', label: 'Windows Server 2019' },
];

/** The Windows Server version a value names, or undefined for anything else. */
export function asWindowsVersion(value: unknown): Target['windows'] | undefined {
  return WINDOWS_VERSIONS.find((option) => option.value === value)?.value;
}
