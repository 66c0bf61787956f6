import { describe, expect, it } from 'vitest';

import { insertAt, moveItem, removeAt, replaceAt } from './listOps';

describe('list ops', () => {
  const list = ['a', 'b', 'c'] as const;
  it('replaces, removes and inserts without touching the input', () => {
    expect(replaceAt(list, 1, 'x')).toEqual(['a', 'x', 'c']);
    expect(removeAt(list, 0)).toEqual(['b', 'c']);
    expect(insertAt(list, 1, 'x')).toEqual(['a', 'x', 'b', 'c']);
    expect(list).toEqual(['a', 'b', 'c']);
  });
  it('moves up and down and ignores out-of-range moves', () => {
    expect(moveItem(list, 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moveItem(list, 2, 0)).toEqual(['c', 'a', 'b']);
    expect(moveItem(list, 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moveItem(list, 2, 3)).toEqual(['a', 'b', 'c']);
  });
});
