import { describe, expect, it } from 'vitest';

import { MAX_INPUT_BYTES, pastedTextRefusal, tooLargeMessage } from './inputLimits';

describe('input size messages', () => {
  it('names the input, its size and the limit', () => {
    expect(tooLargeMessage('big.yaml', 3 * 1024 * 1024)).toBe(
      'big.yaml is 3.0 MiB; the limit is 2.0 MiB.',
    );
  });

  it('lets pasted text up to the limit through, counting UTF-8 bytes', () => {
    expect(pastedTextRefusal('kind: Pod')).toBeUndefined();
    expect(pastedTextRefusal('a'.repeat(MAX_INPUT_BYTES))).toBeUndefined();
    // 'é' is two bytes in UTF-8: fewer characters than the limit, more bytes.
    expect(pastedTextRefusal('é'.repeat(MAX_INPUT_BYTES / 2 + 1))).toBe(
      'The pasted text is 2.0 MiB; the limit is 2.0 MiB. Nothing was pasted.',
    );
    expect(pastedTextRefusal('a'.repeat(MAX_INPUT_BYTES + 1))).toMatch(/Nothing was pasted\.$/);
  });
});
