import { describe, expect, it } from 'vitest';

import { hits, pod, runRule } from '../support/testPods';
import { requestsWithinLimits } from './requestsWithinLimits';

const withResources = (resources: unknown): Record<string, unknown> =>
  pod({ containers: [{ name: 'c', image: 'i:1', resources }] });
const R = 'spec.containers[0].resources';

// Ported from TestValidateResourceRequirements (requests vs limits).
describe('requests-within-limits', () => {
  it.each([
    [
      'cpu request above limit',
      { requests: { cpu: '2' }, limits: { cpu: '1' } },
      hits([`${R}.requests`, 'must be less than or equal to cpu limit of 1']),
    ],
    [
      'memory request above limit',
      { requests: { memory: '2Gi' }, limits: { memory: '1Gi' } },
      hits([`${R}.requests`, 'must be less than or equal to memory limit of 1Gi']),
    ],
    [
      'extended request below limit',
      { requests: { 'example.com/a': '1' }, limits: { 'example.com/a': '2' } },
      hits([`${R}.requests`, 'must be equal to example.com/a limit of 2']),
    ],
    [
      'extended request without limit',
      { requests: { 'example.com/a': '1' } },
      hits([`${R}.limits`, 'Limit must be set for non overcommitable resources']),
    ],
    [
      'hugepages request without limit',
      { requests: { 'hugepages-2Mi': '2Mi' } },
      hits([`${R}.limits`, 'Limit must be set for non overcommitable resources']),
    ],
  ])('%s is rejected', (_name, resources, expected) => {
    expect(runRule(requestsWithinLimits, withResources(resources))).toEqual(expected);
  });

  it.each([
    [
      'limits only (copied into requests)',
      { limits: { cpu: '1', memory: '1Gi', 'example.com/a': '1' } },
    ],
    [
      'request below limit',
      { requests: { cpu: '100m', memory: '1G' }, limits: { cpu: '0.5', memory: '1Gi' } },
    ],
    ['equal in different units', { requests: { cpu: '500m' }, limits: { cpu: '0.5' } }],
  ])('%s is accepted', (_name, resources) => {
    expect(runRule(requestsWithinLimits, withResources(resources))).toEqual([]);
  });
});
