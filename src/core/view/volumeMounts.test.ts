import { describe, expect, it } from 'vitest';

import { createContainer, createDraft } from '@/core/model/draft';
import { addContainer } from '@/core/model/draftOps';

import {
  mountInto,
  mountNew,
  mountsOf,
  mountTargetOf,
  mountTargets,
  moveMount,
  patchMount,
} from './volumeMounts';

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

describe('mount targets', () => {
  const draft = createDraft();
  const withInit = addContainer(draft, 'initContainers');

  it('offers containers first, then init containers, by name', () => {
    const targets = mountTargets(withInit);
    expect(targets.map((t) => t.label)).toEqual([
      ...withInit.containers.map((c, i) => `Container ${c.name || i + 1}`),
      ...withInit.initContainers.map((c, i) => `Init container ${c.name || i + 1}`),
    ]);
    expect(targets.at(-1)?.value).toBe(mountTargetOf('initContainers', 0));
  });

  it('mounts into the container a target names', () => {
    const mount = { name: 'v', mountPath: 'C:\\v' };
    const next = mountInto(withInit, mountTargetOf('initContainers', 0), mount);
    expect(next.initContainers[0]?.volumeMounts).toEqual([mount]);
    expect(next.containers).toBe(withInit.containers);
    expect(
      mountInto(withInit, mountTargetOf('containers', 0), mount).containers[0]?.volumeMounts,
    ).toEqual([mount]);
  });
});

describe('editing one mount', () => {
  const twoContainers = () => {
    const draft = addContainer(createDraft(), 'containers');
    return mountNew(draft, mountTargetOf('containers', 0), 'logs');
  };

  it('mounts a volume at C:\\mnt\\<name>', () => {
    const [ref] = mountsOf(twoContainers(), 'logs');
    expect(ref?.value).toEqual({ name: 'logs', mountPath: 'C:\\mnt\\logs' });
    expect(ref?.container).toBe(0);
  });

  it('changes a mount in place', () => {
    const draft = twoContainers();
    const [ref] = mountsOf(draft, 'logs');
    const next = patchMount(draft, ref!, { readOnly: true });
    expect(mountsOf(next, 'logs')[0]?.value).toEqual({ ...ref!.value, readOnly: true });
  });

  it('moves a mount to another container, unchanged', () => {
    const draft = twoContainers();
    const [ref] = mountsOf(draft, 'logs');
    const moved = mountsOf(moveMount(draft, ref!, mountTargetOf('containers', 1)), 'logs');
    expect(moved).toHaveLength(1);
    expect(moved[0]?.container).toBe(1);
    expect(moved[0]?.value).toEqual(ref!.value);
  });
});
