import { describe, expect, it } from 'vitest';

import { containerNoun, containerWho } from '@/core/view/containerNames';

describe('container names', () => {
  it('names a container by its name, or its position while unnamed', () => {
    expect(containerWho('containers', 'main', 0)).toBe('container main');
    expect(containerWho('initContainers', '', 1)).toBe('init container 2');
    expect(containerWho('initContainers', 'prep', 0, { capital: true })).toBe(
      'Init container prep',
    );
  });

  it("counts a list's containers by its kind", () => {
    expect(containerNoun('containers')).toBe('containers');
    expect(containerNoun('initContainers')).toBe('init containers');
  });
});
