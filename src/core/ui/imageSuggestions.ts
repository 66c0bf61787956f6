import { HOSTPROCESS_BASE_IMAGE } from '@/core/model/windows';

/**
 * Images the image field suggests: the HostProcess base image first, then images that common
 * HostProcess workloads run. Free text is always allowed.
 */
export const IMAGE_SUGGESTIONS: readonly string[] = [
  HOSTPROCESS_BASE_IMAGE,
  'ghcr.io/prometheus-community/windows-exporter:latest',
  'mcr.microsoft.com/oss/kubernetes/kube-proxy:v1.30.0-windows-hostprocess',
  'mcr.microsoft.com/oss/kubernetes-csi/csi-proxy:v1.1.3',
  'docker.io/fluent/fluent-bit:windows-2022-latest',
  'mcr.microsoft.com/windows/nanoserver:ltsc2022',
  'mcr.microsoft.com/windows/servercore:ltsc2022',
];

/** The suggestions plus images already used in the draft or the presets, without repeats. */
export function imageSuggestions(extra: readonly string[]): string[] {
  return [...new Set([...IMAGE_SUGGESTIONS, ...extra.filter((image) => image.trim() !== '')])];
}
