import { PRESETS } from '@/core/presets';
import type { Preset } from '@/core/presets';

import { encodeShare } from './shareCodec';
import { presetFragment, shareFragment } from './shareRoute';

/** Room left for the site's own address (`https://host/sub/path/`) in a 2,000-character budget. */
export const ADDRESS_ALLOWANCE = 200;

/** Longest link we promise to hand out, fragment and address together. */
export const MAX_LINK_LENGTH = 2000;

/** How long each preset's links are, in characters of the URL fragment. */
export interface PresetLinkLength {
  id: string;
  /** `#/preset/<id>`: the short, stable link. */
  presetLink: number;
  /** `#/s/v1.…`: the same draft as a share link, as if the user shared it unchanged. */
  shareLink: number;
}

/**
 * Fragment lengths of every preset's links, for the bench report and the test that keeps each
 * of them, plus `ADDRESS_ALLOWANCE` for the site's address, under `MAX_LINK_LENGTH`.
 */
export function presetLinkLengths(presets: readonly Preset[] = PRESETS): PresetLinkLength[] {
  return presets.map(({ id, draft }) => ({
    id,
    presetLink: presetFragment(id).length,
    shareLink: shareFragment(encodeShare(draft)).length,
  }));
}
