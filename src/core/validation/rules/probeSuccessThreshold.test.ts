import { describe, expect, it } from 'vitest';

import { hits, pod, runRule } from '../support/testPods';
import { probeSuccessThreshold } from './probeSuccessThreshold';

const probe = (successThreshold?: number) => ({ exec: { command: ['cmd'] }, successThreshold });

describe('probe-success-threshold', () => {
  it.each([['livenessProbe'], ['startupProbe']])(
    '%s with successThreshold 2 is rejected',
    (field) => {
      const template = pod({ containers: [{ name: 'c', image: 'i:1', [field]: probe(2) }] });
      expect(runRule(probeSuccessThreshold, template)).toEqual(
        hits([`spec.containers[0].${field}.successThreshold`, 'must be 1']),
      );
    },
  );

  it('accepts the default and readiness thresholds above 1', () => {
    const template = pod({
      containers: [{ name: 'c', image: 'i:1', livenessProbe: probe(), readinessProbe: probe(3) }],
    });
    expect(runRule(probeSuccessThreshold, template)).toEqual([]);
  });
});
