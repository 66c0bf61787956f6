import { describe, expect, it } from 'vitest';

import { markStable } from '@/core/manifest/stableObjects';

import { checkSchema } from './checkSchema';

function podWith(containers: unknown[]): Record<string, unknown> {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p' }, spec: { containers } };
}

const mistaken = () => ({ name: 'c', image: 'example:1', imagePullPolicie: 'Always' });

describe('checkSchema on stable subtrees', () => {
  it('finds what it finds in a plain copy, at each place the subtree is checked', () => {
    const stable = markStable(mistaken());
    const plain = checkSchema(podWith([mistaken(), mistaken()]));
    expect(checkSchema(podWith([stable, stable]))).toStrictEqual(plain);
    expect(plain.map((f) => f.path)).toEqual([
      'spec.containers[0].imagePullPolicie',
      'spec.containers[1].imagePullPolicie',
    ]);
  });

  it('gives the same findings when the subtree moves to another place and back', () => {
    const stable = markStable(mistaken());
    const first = checkSchema(podWith([stable]));
    const moved = checkSchema(podWith([markStable({ name: 'a', image: 'x:1' }), stable]));
    expect(moved.map((f) => f.path)).toEqual(['spec.containers[1].imagePullPolicie']);
    expect(moved[0]?.message).toContain('"spec.containers[1].imagePullPolicie"');
    expect(checkSchema(podWith([stable]))).toStrictEqual(first);
  });

  it('gives a clean stable subtree no findings', () => {
    expect(checkSchema(podWith([markStable({ name: 'c', image: 'example:1' })]))).toEqual([]);
  });
});
