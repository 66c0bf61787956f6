import { describe, expect, it } from 'vitest';

import { hits, pod, runRule } from '../support/testPods';
import { linuxNumericIds } from './linuxNumericIds';

const RANGE = 'must be between 0 and 2147483647, inclusive';

describe('linux-numeric-ids', () => {
  it.each([
    ['spec.securityContext.runAsUser', { securityContext: { runAsUser: -1 } }],
    ['spec.securityContext.fsGroup', { securityContext: { fsGroup: 2147483648 } }],
    [
      'spec.securityContext.supplementalGroups[1]',
      { securityContext: { supplementalGroups: [1, -5] } },
    ],
    [
      'spec.containers[0].securityContext.runAsGroup',
      { containers: [{ name: 'c', image: 'i:1', securityContext: { runAsGroup: -2 } }] },
    ],
  ])('%s out of range is rejected', (path, spec) => {
    expect(runRule(linuxNumericIds, pod(spec))).toEqual(hits([path, RANGE]));
  });

  it('accepts ids in range', () => {
    expect(
      runRule(linuxNumericIds, pod({ securityContext: { runAsUser: 0, runAsGroup: 2147483647 } })),
    ).toEqual([]);
  });
});
