import { HOSTPROCESS_BASE_IMAGE } from '@/core/model/windows';
import { PRESETS } from '@/core/presets/index';

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

/** Every image a preset uses, in preset order. */
export const PRESET_IMAGES: readonly string[] = PRESETS.flatMap((preset) =>
  [...preset.draft.initContainers, ...preset.draft.containers].map((c) => c.image),
);

/** The suggestions, the presets' images and images already in the draft, without repeats. */
export function imageSuggestions(extra: readonly string[]): string[] {
  return [
    ...new Set(
      [...IMAGE_SUGGESTIONS, ...PRESET_IMAGES, ...extra].filter((image) => image.trim() !== ''),
    ),
  ];
}
