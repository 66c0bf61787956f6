import { describe, expect, it } from 'vitest';

import { PRESETS } from '@/core/presets';

import { ADDRESS_ALLOWANCE, MAX_LINK_LENGTH, presetLinkLengths } from './presetLinks';
import { decodeShare, encodeShare } from './shareCodec';

describe('preset links', () => {
  const lengths = presetLinkLengths();

  it('measures every preset', () => {
    expect(lengths.map((row) => row.id)).toEqual(PRESETS.map((preset) => preset.id));
    console.table(lengths); // eslint-disable-line no-console -- the lengths are the report
  });

  it.each(lengths)(
    `keeps $id under ${MAX_LINK_LENGTH} characters with room for the address`,
    ({ presetLink, shareLink }) => {
      expect(presetLink + ADDRESS_ALLOWANCE).toBeLessThan(MAX_LINK_LENGTH);
      expect(shareLink + ADDRESS_ALLOWANCE).toBeLessThan(MAX_LINK_LENGTH);
    },
  );

  it.each(PRESETS)('shares $id losslessly', (preset) => {
    expect(decodeShare(encodeShare(preset.draft))).toEqual({
      ok: true,
      draft: JSON.parse(JSON.stringify(preset.draft)) as unknown,
    });
  });
});
