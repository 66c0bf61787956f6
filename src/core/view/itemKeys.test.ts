import { describe, expect, it } from 'vitest';

import { itemKeysIn } from './itemKeys';

describe('itemKeysIn', () => {
  it('finds the containers and volumes a field path lies in', () => {
    expect(itemKeysIn('spec.template.spec.containers[12].env[0].value')).toEqual([
      'containers[12]',
    ]);
    expect(itemKeysIn('spec.initContainers[1].image')).toEqual(['initContainers[1]']);
    expect(itemKeysIn('spec.volumes[3].hostPath.path')).toEqual(['volumes[3]']);
    expect(itemKeysIn('metadata.name')).toEqual([]);
  });
});
