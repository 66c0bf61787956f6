import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { textChange } from './textChange';

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
