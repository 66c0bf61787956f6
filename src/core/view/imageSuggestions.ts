import { HOSTPROCESS_BASE_IMAGE } from '@/core/model/windows';
import { PRESETS } from '@/core/presets/index';
import { floatingTag, imagePlaceholder } from '@/core/validation/support/imageRef';

/**
 * Images the image field suggests before the presets' own: the HostProcess base image, which pulls
 * on every node. Every other suggestion is a pinned image a preset takes from a public manifest.
 * Free text is always allowed.
 */
export const IMAGE_SUGGESTIONS: readonly string[] = [HOSTPROCESS_BASE_IMAGE];

/** Every pinned image a preset uses, in preset order (the docs example's image1:latest is not). */
export const PRESET_IMAGES: readonly string[] = PRESETS.flatMap((preset) =>
  [...preset.draft.initContainers, ...preset.draft.containers].map((c) => c.image),
).filter((image) => floatingTag(image) === undefined && imagePlaceholder(image) === undefined);

/** The suggestions, the presets' images and images already in the draft, without repeats. */
export function imageSuggestions(extra: readonly string[]): string[] {
  return [
    ...new Set(
      [...IMAGE_SUGGESTIONS, ...PRESET_IMAGES, ...extra].filter((image) => image.trim() !== ''),
    ),
  ];
}
