import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { minimalEdit } from './minimalEdit';

function apply(text: string, edit: ReturnType<typeof minimalEdit>): string {
  return edit ? text.slice(0, edit.from) + edit.insert + text.slice(edit.to) : text;
}

describe('minimalEdit', () => {
  it('is null for equal texts', () => {
    expect(minimalEdit('a: 1\n', 'a: 1\n')).toBeNull();
  });

  it('replaces only the changed value, leaving the lines around it untouched', () => {
    const before = 'metadata:\n  name: one\nspec: {}\n';
    const after = 'metadata:\n  name: other\nspec: {}\n';
    // "one" and "other" share their first letter: only "ne" becomes "ther".
    expect(minimalEdit(before, after)).toEqual({ from: 19, to: 21, insert: 'ther' });
  });

  it('turns any text into any other', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (before, after) => {
        const edit = minimalEdit(before, after);
        expect(apply(before, edit)).toBe(after);
        if (edit) expect(edit.to - edit.from).toBeLessThanOrEqual(before.length);
      }),
    );
  });
});
