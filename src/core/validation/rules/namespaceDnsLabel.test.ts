import { describe, expect, it } from 'vitest';

import { DNS1123_LABEL_MESSAGE } from '../support/names';
import { hits, pod, runRule } from '../support/testPods';
import { namespaceDnsLabel } from './namespaceDnsLabel';

describe('namespace-dns-label', () => {
  it.each([
    ['Kube_System', hits(['metadata.namespace', DNS1123_LABEL_MESSAGE])],
    ['a.b', hits(['metadata.namespace', 'must not contain dots'])],
  ])('%j is rejected', (namespace, expected) => {
    expect(runRule(namespaceDnsLabel, pod({}, { name: 'p', namespace }))).toEqual(expected);
  });

  it.each([['kube-system'], [''], [undefined]])('%j is accepted', (namespace) => {
    expect(runRule(namespaceDnsLabel, pod({}, { name: 'p', namespace }))).toEqual([]);
  });
});
