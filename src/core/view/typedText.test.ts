import { describe, expect, it } from 'vitest';

import { parseWholeNumber, shownCommandLine, shownNumber } from '@/core/view/typedText';

describe('parseWholeNumber', () => {
  it('reads whole numbers, empty as null, anything else as not yet a number', () => {
    expect(parseWholeNumber(' 42 ')).toBe(42);
    expect(parseWholeNumber('-3')).toBe(-3);
    expect(parseWholeNumber('')).toBeNull();
    expect(parseWholeNumber('-')).toBeUndefined();
    expect(parseWholeNumber('1.5')).toBeUndefined();
  });
});

describe('shownNumber', () => {
  it('keeps what was typed while it means the value', () => {
    expect(shownNumber('-', null)).toBe('');
    expect(shownNumber('007', 7)).toBe('007');
    expect(shownNumber('', null)).toBe('');
  });

  it('writes the value afresh when it changed elsewhere', () => {
    expect(shownNumber('7', 30)).toBe('30');
    expect(shownNumber('7', null)).toBe('');
  });
});

describe('shownCommandLine', () => {
  it('keeps trailing spaces and open quotes while the arguments are the same', () => {
    expect(shownCommandLine('a b ', ['a', 'b'])).toBe('a b ');
  });

  it('writes the arguments afresh when they changed elsewhere', () => {
    expect(shownCommandLine('a b', ['a', 'c d'])).toBe('a "c d"');
  });
});
