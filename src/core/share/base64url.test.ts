import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { fromBase64Url, toBase64Url } from './base64url';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('base64url', () => {
  it.each([
    ['', ''],
    ['f', 'Zg'],
    ['fo', 'Zm8'],
    ['foo', 'Zm9v'],
    ['foob', 'Zm9vYg'],
    ['fooba', 'Zm9vYmE'],
    ['foobar', 'Zm9vYmFy'],
  ])('encodes the RFC 4648 vector %j as %j', (plain, encoded) => {
    expect(toBase64Url(utf8(plain))).toBe(encoded);
    expect(fromBase64Url(encoded)).toEqual(utf8(plain));
  });

  it('uses - and _ instead of + and /', () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });

  it('rejects characters outside the alphabet and impossible lengths', () => {
    expect(fromBase64Url('ab+c')).toBeNull();
    expect(fromBase64Url('a b')).toBeNull();
    expect(fromBase64Url('abcde')).toBeNull();
  });

  it('tolerates trailing padding', () => {
    expect(fromBase64Url('Zg==')).toEqual(utf8('f'));
  });

  it('round-trips any bytes, and matches Node’s encoder (property)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const encoded = toBase64Url(bytes);
        expect(encoded).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(encoded)).toEqual(bytes);
      }),
    );
  });
});
