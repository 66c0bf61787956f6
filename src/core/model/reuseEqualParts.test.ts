import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { reuseEqualParts } from './reuseEqualParts';

describe('reuseEqualParts', () => {
  it('keeps the previous object when nothing changed', () => {
    const previous = { a: { b: [1, 2] }, c: 'x' };
    expect(reuseEqualParts(previous, { a: { b: [1, 2] }, c: 'x' })).toBe(previous);
  });

  it('shares the unchanged parts of a changed object', () => {
    const previous = { a: { b: [1, 2] }, c: { d: 'x' } };
    const merged = reuseEqualParts(previous, { a: { b: [1, 2] }, c: { d: 'y' } });
    expect(merged).toEqual({ a: { b: [1, 2] }, c: { d: 'y' } });
    expect(merged).not.toBe(previous);
    expect(merged.a).toBe(previous.a);
  });

  it('always equals the next value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (previous, next) => {
        expect(reuseEqualParts(previous, next)).toEqual(next);
      }),
    );
  });
});

describe('reuseEqualParts with keys that name Object.prototype', () => {
  it('keeps a `__proto__` key as data', () => {
    const next = JSON.parse('{"__proto__": false, "a": 1}') as Record<string, unknown>;
    const kept = reuseEqualParts({ a: 1 }, next);
    expect(Object.hasOwn(kept, '__proto__')).toBe(true);
    expect(kept).toEqual(next);
    expect(Object.getPrototypeOf(kept)).toBe(Object.prototype);
  });
});
