import { describe, expect, it } from 'vitest';

import { hits, pod, runRule } from '../support/testPods';
import { annotationsSize } from './annotationsSize';

describe('annotations-size', () => {
  it('rejects more than 256 KiB of annotations', () => {
    const annotations = { big: 'x'.repeat(256 * 1024) };
    expect(runRule(annotationsSize, pod({}, { name: 'p', annotations }))).toEqual(
      hits(['metadata.annotations', 'Too long: must have at most 262144 bytes']),
    );
  });

  it('rejects an invalid key', () => {
    expect(runRule(annotationsSize, pod({}, { name: 'p', annotations: { 'a b': '1' } }))).toEqual(
      hits(['metadata.annotations', 'name part must consist of']),
    );
  });

  it('accepts ordinary annotations', () => {
    expect(
      runRule(
        annotationsSize,
        pod({}, { name: 'p', annotations: { 'Example.com/Note': 'x'.repeat(1000) } }),
      ),
    ).toEqual([]);
  });
});
