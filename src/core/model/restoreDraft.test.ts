import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { draftArbitrary } from '@/test/arbitraries';

import { createDraft } from './draft';
import { restoreDraft } from './restoreDraft';

describe('restoreDraft', () => {
  it('accepts every valid Draft unchanged', () => {
    fc.assert(
      fc.property(draftArbitrary, (draft) => {
        const plain = JSON.parse(JSON.stringify(draft)) as unknown;
        expect(restoreDraft(plain)).toStrictEqual({ ok: true, draft: plain });
      }),
      { numRuns: 100 },
    );
  });

  it('fills in missing fields from the defaults (older saved drafts)', () => {
    expect(restoreDraft({ workload: { name: 'web' } })).toStrictEqual({
      ok: true,
      draft: { ...createDraft(), workload: { ...createDraft().workload, name: 'web' } },
    });
  });

  it.each([
    [null, /draft must be an object/],
    [{ workload: { kind: 'StatefulSet' } }, /draft\.workload\.kind must be one of/],
    [{ workload: { replicas: -1 } }, /draft\.workload\.replicas must be a whole number/],
    [
      { containers: [{ command: ['a', 1] }] },
      /draft\.containers\[0\]\.command\[1\] must be a string/,
    ],
    [{ containers: {} }, /draft\.containers must be a list/],
    [{ user: { runAsUserName: 5 } }, /draft\.user\.runAsUserName must be a string/],
    [{ volumes: [{ emptyDir: {} }] }, /draft\.volumes\[0\]\.name must be a string/],
    [{ scheduling: { osName: 'yes' } }, /draft\.scheduling\.osName must be true or false/],
    [{ kept: { podSpec: [] } }, /draft\.kept\.podSpec must be an object/],
  ])('refuses %j naming the field', (value, reason) => {
    const result = restoreDraft(value);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('keeps __proto__ and constructor keys as plain data, never as prototypes', () => {
    const value = JSON.parse(
      '{"__proto__": {"polluted": true}, "constructor": {"x": 1}, "containers": [{"name": "a", "extra": {"__proto__": {"polluted": true}}}]}',
    ) as unknown;
    const result = restoreDraft(value);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(Object.getPrototypeOf(result.draft)).toBe(Object.prototype);
    expect(Object.hasOwn(result.draft.containers[0]!.extra, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(result.draft.containers[0]!.extra)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(result.draft).not.toHaveProperty('constructor.x');
  });

  it('never throws, even on hostile values', () => {
    const hostile = {
      get workload(): never {
        throw new Error('boom');
      },
    };
    expect(restoreDraft(hostile)).toMatchObject({ ok: false });
    fc.assert(
      fc.property(fc.anything(), (value) => typeof restoreDraft(value).ok === 'boolean'),
      {
        numRuns: 200,
      },
    );
  });
});
