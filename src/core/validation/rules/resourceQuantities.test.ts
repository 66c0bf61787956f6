import { describe, expect, it } from 'vitest';

import { QUANTITY_FORMAT_ERROR } from '../quantity';
import { hits, pod, runRule } from '../support/testPods';
import { resourceQuantities } from './resourceQuantities';

const withResources = (resources: unknown): Record<string, unknown> =>
  pod({ containers: [{ name: 'c', image: 'i:1', resources }] });
const R = 'spec.containers[0].resources';

// Ported from TestValidateContainers / TestValidateResourceRequirements (quantity cases).
describe('resource-quantities', () => {
  it.each([
    [
      'malformed limit (reported once)',
      { limits: { cpu: '1.5cores' } },
      hits([`${R}.limits[cpu]`, QUANTITY_FORMAT_ERROR]),
    ],
    [
      'malformed request',
      { requests: { memory: '1 Gi' } },
      hits([`${R}.requests[memory]`, QUANTITY_FORMAT_ERROR]),
    ],
    [
      'negative limit (copied into requests)',
      { limits: { cpu: '-1' } },
      hits(
        [`${R}.limits[cpu]`, 'must be greater than or equal to 0'],
        [`${R}.requests[cpu]`, 'must be greater than or equal to 0'],
      ),
    ],
    [
      'fractional extended resource',
      { limits: { 'example.com/a': '1.5' } },
      hits(
        [`${R}.limits[example.com/a]`, 'must be an integer'],
        [`${R}.requests[example.com/a]`, 'must be an integer'],
      ),
    ],
    [
      'unknown resource name',
      { limits: { disk: '1Gi' } },
      hits(
        [`${R}.limits[disk]`, 'must be a standard resource for containers'],
        [`${R}.requests[disk]`, 'must be a standard resource for containers'],
      ),
    ],
  ])('%s is rejected', (_name, resources, expected) => {
    expect(runRule(resourceQuantities, withResources(resources))).toEqual(expected);
  });

  it.each([
    [{ limits: { cpu: '500m', memory: '256Mi' } }],
    [
      {
        requests: { cpu: 1, memory: '1e9' },
        limits: { 'example.com/gpu': 2, 'hugepages-2Mi': '10Mi' },
      },
    ],
  ])('%j is accepted', (resources) => {
    expect(runRule(resourceQuantities, withResources(resources))).toEqual([]);
  });
});
