import { describe, expect, it } from 'vitest';

import golden from './__fixtures__/golden-links-v1.json';
import { decodeShare, encodeShare } from './shareCodec';

/**
 * Links made by the v1 format when it shipped. They are never regenerated: people hold such
 * links, so every later version of the app must still open them. `toMatchObject` lets the Draft
 * gain fields (restoreDraft fills their defaults) without breaking old links.
 */
describe('golden v1 links keep opening', () => {
  it('holds links of every shape we promise', () => {
    expect(golden.links.map((row) => row.name)).toEqual([
      'default',
      'daemonSetWithKept',
      'localGroupJob',
    ]);
  });

  it.each(golden.links)('opens the "$name" link to the same draft', ({ link, draft }) => {
    const decoded = decodeShare(link);
    expect(decoded.ok, decoded.ok ? '' : decoded.reason).toBe(true);
    expect(decoded.ok && decoded.draft).toMatchObject(draft);
  });

  it.each(golden.links)('today’s encoder still reads back the "$name" draft', ({ link }) => {
    const decoded = decodeShare(link);
    if (!decoded.ok) throw new Error(decoded.reason);
    expect(decodeShare(encodeShare(decoded.draft))).toEqual(decoded);
  });
});
