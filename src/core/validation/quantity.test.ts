import { describe, expect, it } from 'vitest';

import {
  canonicalQuantity,
  compareQuantities,
  isNegativeQuantity,
  isWholeQuantity,
  parseQuantity,
  QUANTITY_FORMAT_ERROR,
  QUANTITY_SUFFIX_ERROR,
  type Quantity,
} from './quantity';

function q(text: unknown): Quantity {
  const result = parseQuantity(text);
  if (!result.ok) throw new Error(`${String(text)}: ${result.error}`);
  return result.quantity;
}

describe('parseQuantity', () => {
  // Cases from apimachinery quantity_test.go TestQuantityParse (valid table, a selection).
  it.each([
    ['0', '0'],
    ['1', '1'],
    ['1Ki', '1024'],
    ['8Mi', String(8 * 1024 * 1024)],
    ['1Gi', '1073741824'],
    ['1k', '1000'],
    ['1M', '1000000'],
    ['1e3', '1000'],
    ['1E3', '1000'],
    ['100m', '0.1'],
    ['0.1', '100m'],
    ['.5', '500m'],
    ['5.', '5'],
    ['+5', '5'],
    ['1n', '0.000000001'],
    ['1u', '1000n'],
    ['1e-3', '1m'],
    [2, '2'],
    [0.5, '500m'],
  ])('%s equals %s', (a, b) => {
    expect(compareQuantities(q(a), q(b))).toBe(0);
  });

  it.each([
    ['1.5cores', QUANTITY_FORMAT_ERROR],
    ['', QUANTITY_FORMAT_ERROR],
    ['abc', QUANTITY_FORMAT_ERROR],
    ['.', QUANTITY_FORMAT_ERROR],
    ['1 Gi', QUANTITY_FORMAT_ERROR],
    ['1Gb', QUANTITY_FORMAT_ERROR],
    ['1KiB', QUANTITY_FORMAT_ERROR],
    ['1Kii', QUANTITY_SUFFIX_ERROR],
    ['1mi', QUANTITY_SUFFIX_ERROR],
    ['1ee3', QUANTITY_SUFFIX_ERROR],
    [{}, QUANTITY_FORMAT_ERROR],
  ])('%j is rejected', (text, error) => {
    expect(parseQuantity(text)).toEqual({ ok: false, error });
  });

  it('reads null as zero and trims spaces, as Quantity.UnmarshalJSON does', () => {
    expect(parseQuantity(null)).toEqual({ ok: true, quantity: { numerator: 0n, denominator: 1n } });
    expect(compareQuantities(q(' 100m '), q('0.1'))).toBe(0);
  });

  it('orders quantities exactly', () => {
    expect(compareQuantities(q('500m'), q('1'))).toBe(-1);
    expect(compareQuantities(q('1Gi'), q('1G'))).toBe(1);
    expect(compareQuantities(q('1023Mi'), q('1Gi'))).toBe(-1);
    expect(compareQuantities(q('-1'), q('0'))).toBe(-1);
  });

  it('knows negative and whole values', () => {
    expect(isNegativeQuantity(q('-1m'))).toBe(true);
    expect(isNegativeQuantity(q('0'))).toBe(false);
    expect(isWholeQuantity(q('2'))).toBe(true);
    expect(isWholeQuantity(q('1.5'))).toBe(false);
    expect(isWholeQuantity(q('1500m'))).toBe(false);
    expect(isWholeQuantity(q('2000m'))).toBe(true);
  });
});

describe('canonicalQuantity', () => {
  it.each<[unknown, string]>([
    ['0.5', '500m'],
    ['1.5', '1500m'],
    ['1024Mi', '1Gi'],
    ['1536Mi', '1536Mi'],
    ['512Ki', '512Ki'],
    ['2000', '2k'],
    ['1500', '1500'],
    [1e9, '1G'],
    ['1e3', '1e3'],
    ['1E', '1E'],
    ['0.0001', '1m'],
    ['-1', '-1'],
    ['0', '0'],
  ])('prints %j as %j', (input, expected) => {
    expect(canonicalQuantity(input)).toBe(expected);
  });

  it('is undefined for a malformed quantity', () => {
    expect(canonicalQuantity('1.5cores')).toBeUndefined();
  });
});
