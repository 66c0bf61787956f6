import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { createLineSplitter } from './lineSplitter';

describe('createLineSplitter', () => {
  it('splits the first text as split does', () => {
    expect(createLineSplitter()('a\nb\n')).toEqual(['a', 'b', '']);
  });

  it('keeps the strings of the lines a change did not touch', () => {
    const split = createLineSplitter();
    const before = split('kind: Pod\nmetadata:\n  name: web\nspec: {}\n');
    const after = split('kind: Pod\nmetadata:\n  name: webx\nspec: {}\n');
    expect(after).toEqual(['kind: Pod', 'metadata:', '  name: webx', 'spec: {}', '']);
    expect(after[0]).toBe(before[0]);
    expect(after[3]).toBe(before[3]);
    expect(split('kind: Pod\nmetadata:\n  name: webx\nspec: {}\n')).toBe(after);
  });

  it('handles line breaks added and removed at the edges of the change', () => {
    const split = createLineSplitter();
    split('a\nb\nc');
    expect(split('a\n\nb\nc')).toEqual(['a', '', 'b', 'c']);
    expect(split('a\nc')).toEqual(['a', 'c']);
    expect(split('')).toEqual(['']);
    expect(split('\n\n')).toEqual(['', '', '']);
  });

  it('always equals text.split("\\n"), whatever the sequence of texts', () => {
    const texts = fc.array(fc.stringMatching(/^[ab\n]{0,12}$/), { minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(texts, (sequence) => {
        const split = createLineSplitter();
        for (const text of sequence) expect(split(text)).toEqual(text.split('\n'));
      }),
      { numRuns: 2000 },
    );
  });
});
