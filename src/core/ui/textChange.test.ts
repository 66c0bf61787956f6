import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { lineChange, replaceRange, textChange } from './textChange';

describe('textChange', () => {
  it('finds the edited stretch of a keystroke', () => {
    expect(textChange('name: web\nkind: Pod', 'name: webx\nkind: Pod')).toEqual({
      prefix: 9,
      suffix: 10,
    });
  });

  it('never lets the suffix overlap the prefix', () => {
    expect(textChange('aaa', 'aaaa')).toEqual({ prefix: 3, suffix: 0 });
    expect(textChange('', 'x')).toEqual({ prefix: 0, suffix: 0 });
  });

  it('gives the longest common ends that leave the rest as the change', () => {
    const text = fc.stringMatching(/^[ab\n]{0,10}$/);
    fc.assert(
      fc.property(text, text, (before, after) => {
        const { prefix, suffix } = textChange(before, after);
        expect(prefix + suffix).toBeLessThanOrEqual(Math.min(before.length, after.length));
        expect(before.slice(0, prefix)).toBe(after.slice(0, prefix));
        expect(before.slice(before.length - suffix)).toBe(after.slice(after.length - suffix));
        const longer = prefix < Math.min(before.length, after.length);
        if (longer) expect(before[prefix]).not.toBe(after[prefix]);
      }),
    );
  });
});

describe('lineChange', () => {
  it('widens a change to the whole lines that hold it', () => {
    const before = 'kind: Pod\nmetadata:\n  name: web\nspec: {}';
    const after = 'kind: Pod\nmetadata:\n  name: webx\nspec: {}';
    const change = lineChange(before, after);
    expect(change).toMatchObject({ firstLine: 2, endOldLine: 3 });
    expect(after.slice(change.from, change.to)).toBe('  name: webx');
  });

  it('rebuilds the new lines from the old ones, whatever the edit', () => {
    const text = fc.stringMatching(/^[ab\n]{0,10}$/);
    fc.assert(
      fc.property(text, text, (before, after) => {
        const { firstLine, endOldLine, from, to } = lineChange(before, after);
        const changed = after.slice(from, to).split('\n');
        expect(replaceRange(before.split('\n'), firstLine, endOldLine, changed)).toEqual(
          after.split('\n'),
        );
      }),
      { numRuns: 2000 },
    );
  });
});

describe('replaceRange', () => {
  it('replaces a stretch with a longer or shorter one, or none', () => {
    expect(replaceRange([1, 2, 3, 4], 1, 3, [9])).toEqual([1, 9, 4]);
    expect(replaceRange([1, 2], 1, 1, [7, 8])).toEqual([1, 7, 8, 2]);
    expect(replaceRange([1, 2, 3], 0, 3, [])).toEqual([]);
  });
});
