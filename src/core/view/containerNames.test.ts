import { describe, expect, it } from 'vitest';

import { CONTAINER_LISTS, containerWho } from '@/core/view/containerNames';

describe('container names', () => {
  it('names a container by its name, or its position while unnamed', () => {
    expect(containerWho('containers', 'main', 0)).toBe('container main');
    expect(containerWho('initContainers', '', 1)).toBe('init container 2');
    expect(containerWho('initContainers', 'prep', 0, { capital: true })).toBe(
      'Init container prep',
    );
  });

  it('speaks of init containers as such', () => {
    expect(CONTAINER_LISTS.containers.noun).toBe('containers');
    expect(CONTAINER_LISTS.initContainers).toMatchObject({
      title: 'Init containers',
      noun: 'init containers',
      add: 'Add init container',
    });
  });
});
