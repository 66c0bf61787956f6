import { describe, expect, it } from 'vitest';

import {
  BYTE_UNITS,
  CPU_UNITS,
  quantityProblem,
  toQuantity,
  toQuantityParts,
  unitsFor,
} from './quantityParts';

describe('quantity parts', () => {
  it.each([
    ['500m', CPU_UNITS, { number: '500', unit: 'm' }],
    ['2', CPU_UNITS, { number: '2', unit: '' }],
    ['0.5', CPU_UNITS, { number: '0.5', unit: '' }],
    ['128Mi', BYTE_UNITS, { number: '128', unit: 'Mi' }],
    ['1G', BYTE_UNITS, { number: '1', unit: 'G' }],
    ['1e3', BYTE_UNITS, { number: '1e3', unit: '' }],
    ['12Xi', BYTE_UNITS, { number: '12Xi', unit: '' }],
    ['', BYTE_UNITS, { number: '', unit: '' }],
  ] as const)('%s splits into number and unit', (quantity, units, parts) => {
    expect(toQuantityParts(quantity, units)).toEqual(parts);
  });

  it('joins number and unit, and an empty number unsets the field', () => {
    expect(toQuantity('256', 'Mi')).toBe('256Mi');
    expect(toQuantity(' 1 ', '')).toBe('1');
    expect(toQuantity('', 'Mi')).toBe('');
  });

  it('offers millicores for cpu and byte units otherwise', () => {
    expect(unitsFor('cpu').map((u) => u.suffix)).toContain('m');
    expect(unitsFor('memory').map((u) => u.suffix)).toContain('Gi');
    expect(unitsFor('ephemeral-storage')).toBe(BYTE_UNITS);
  });

  it('round-trips every offered unit', () => {
    for (const units of [CPU_UNITS, BYTE_UNITS]) {
      for (const { suffix } of units) {
        const parts = toQuantityParts(toQuantity('3', suffix), units);
        expect(parts).toEqual({ number: '3', unit: suffix });
      }
    }
  });
});

describe('quantityProblem', () => {
  it('accepts an empty field, a valid quantity, and a request at or below its limit', () => {
    expect(quantityProblem('')).toBeUndefined();
    expect(quantityProblem('500m')).toBeUndefined();
    expect(quantityProblem('500m', '1')).toBeUndefined();
    expect(quantityProblem('1Gi', '1024Mi')).toBeUndefined();
  });

  it('flags a malformed quantity and a request above its limit', () => {
    expect(quantityProblem('1.5cores')).toMatch(/Not a quantity/);
    expect(quantityProblem('2', '1')).toMatch(/More than the limit \(1\)/);
    expect(quantityProblem('1025Mi', '1Gi')).toMatch(/More than the limit/);
  });
});
