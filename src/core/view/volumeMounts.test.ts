import { describe, expect, it } from 'vitest';

import { createContainer } from '@/core/model/draft';

import { mountsOf } from './volumeMounts';

describe('mountsOf', () => {
  it('finds the mounts of one volume in every container, init containers last', () => {
    const logs = { name: 'logs', mountPath: 'C:\\logs' };
    const other = { name: 'other', mountPath: 'C:\\other' };
    const draft = {
      containers: [
        { ...createContainer(), volumeMounts: [other, logs] },
        { ...createContainer(), volumeMounts: [] },
      ],
      initContainers: [{ ...createContainer(), volumeMounts: [logs] }],
    };
    expect(mountsOf(draft, 'logs')).toEqual([
      { list: 'containers', container: 0, mount: 1, value: logs },
      { list: 'initContainers', container: 0, mount: 0, value: logs },
    ]);
    expect(mountsOf(draft, 'missing')).toEqual([]);
  });
});
