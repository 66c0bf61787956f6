import { describe, expect, it } from 'vitest';

import { containing, pod, runRule } from '../support/testPods';
import { resourceLimitsMissing } from './resourceLimitsMissing';

describe('resource-limits-missing', () => {
  it.each([
    [undefined, 'No cpu or memory limit'],
    [{ limits: { cpu: '1' } }, 'No memory limit'],
    [{ requests: { cpu: '1', memory: '1Gi' } }, 'No cpu or memory limit'],
  ])('flags %j', (resources, text) => {
    expect(
      runRule(resourceLimitsMissing, pod({ containers: [{ name: 'c', image: 'i:1', resources }] })),
    ).toEqual([{ path: 'spec.containers[0].resources', message: containing(text) }]);
  });

  it('accepts cpu and memory limits', () => {
    const template = pod({
      containers: [{ name: 'c', image: 'i:1', resources: { limits: { cpu: '1', memory: '1Gi' } } }],
    });
    expect(runRule(resourceLimitsMissing, template)).toEqual([]);
  });
});
