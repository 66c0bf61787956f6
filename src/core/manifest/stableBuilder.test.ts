import { describe, expect, it } from 'vitest';

import { createContainer, createDraft } from '@/core/model/draft';
import type { Draft } from '@/core/model/draft';

import { stableBuilder } from './stableBuilder';
import { isStable } from './stableObjects';
import { toManifests } from './toManifests';
import { toYaml } from './toYaml';

describe('stableBuilder', () => {
  it('builds once per unchanged draft object, and registers the output as stable', () => {
    let builds = 0;
    const build = stableBuilder((source: { n: number }) => {
      builds += 1;
      return { twice: source.n * 2 };
    });
    const draft = { n: 2 };
    const first = build(draft);
    expect(build(draft)).toBe(first);
    expect(builds).toBe(1);
    expect(first).toStrictEqual({ twice: 4 });
    expect(isStable(first)).toBe(true);
    expect(Object.isFrozen(first)).toBe(true);
  });

  it('sees an object edited in place and never freezes the draft', () => {
    const build = stableBuilder((source: { list: number[] }) => ({ list: source.list }));
    const draft = { list: [1] };
    const first = build(draft);
    draft.list.push(2);
    expect(build(draft)).not.toBe(first);
    expect(build(draft)).toStrictEqual({ list: [1, 2] });
    expect(Object.isFrozen(draft.list)).toBe(false);
  });

  it('builds data that cannot be copied every time, without registering it', () => {
    const build = stableBuilder((source: { run: () => number }) => ({ value: source.run() }));
    const draft = { run: () => 1 };
    const first = build(draft);
    expect(build(draft)).not.toBe(first);
    expect(isStable(first)).toBe(false);
  });
});

function draftWithVolumes(count: number): Draft {
  const draft = createDraft();
  return {
    ...draft,
    workload: { ...draft.workload, kind: 'DaemonSet' },
    containers: [createContainer('app', 'example:1')],
    volumes: Array.from({ length: count }, (_, i) => ({
      name: `vol-${i}`,
      hostPath: { path: `C:\\data\\${i}`, type: 'DirectoryOrCreate' },
    })),
  };
}

/** The YAML of a plain JSON copy of the manifests: nothing registered, so a full dump. */
function fullDump(draft: Draft): string {
  return toYaml(JSON.parse(JSON.stringify(toManifests(draft))) as unknown[]);
}

describe('volumes in the manifests', () => {
  it('are stable, and reused while the draft volume is unchanged', () => {
    const draft = draftWithVolumes(3);
    const volumesOf = (manifest: unknown) =>
      (manifest as { spec: { template: { spec: { volumes: object[] } } } }).spec.template.spec
        .volumes;
    const volumes = volumesOf(toManifests(draft)[0]);
    const renamed = toManifests({ ...draft, workload: { ...draft.workload, name: 'other' } });
    expect(volumes.every((volume) => isStable(volume))).toBe(true);
    expect(volumesOf(renamed[0])[1]).toBe(volumes[1]);
  });

  it('write the same text as a full dump after one volume changes', () => {
    const draft = draftWithVolumes(4);
    expect(toYaml(toManifests(draft))).toBe(fullDump(draft));
    const edited: Draft = {
      ...draft,
      volumes: draft.volumes.map((v, i) =>
        i === 1 ? { name: 'renamed', hostPath: { path: '\\\\.\\pipe\\containerd' } } : v,
      ),
    };
    const after = toYaml(toManifests(edited));
    expect(after).toBe(fullDump(edited));
    expect(after).toContain('name: renamed');
    expect(after).toContain('"\\\\\\\\.\\\\pipe\\\\containerd"');
  });
});
