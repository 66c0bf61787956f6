import { describe, expect, it } from 'vitest';

import { errorMessage } from '@/core/view/errorMessage';

describe('errorMessage', () => {
  it('reads an Error, a string, and anything else', () => {
    expect(errorMessage(new TypeError('x is undefined'))).toBe('x is undefined');
    expect(errorMessage('broken')).toBe('broken');
    expect(errorMessage({ code: 1 })).toBe('unknown error');
    expect(errorMessage(null)).toBe('unknown error');
  });
});
