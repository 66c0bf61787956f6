import { describe, expect, it } from 'vitest';

import { createContainer, createDraft } from '@/core/model/draft';
import type { Draft } from '@/core/model/draft';

import { toContainer, toStableContainer } from './toContainer';
import { toManifests } from './toManifests';
import { isStable } from './stableObjects';
import { toYaml } from './toYaml';

function draftWithContainers(count: number): Draft {
  const draft = createDraft();
  return {
    ...draft,
    workload: { ...draft.workload, kind: 'DaemonSet' },
    containers: Array.from({ length: count }, (_, i) => ({
      ...createContainer(`c${i}`, `image-${i}`),
      command: ['cmd.exe', `C:\\run-${i}.cmd`],
      env: [{ name: 'N', value: `v${i}` }],
    })),
  };
}

describe('toStableContainer', () => {
  it('returns the same frozen, stable output for an unchanged draft container', () => {
    const container = draftWithContainers(1).containers[0]!;
    const first = toStableContainer(container);
    expect(toStableContainer(container)).toBe(first);
    expect(first).toStrictEqual(toContainer(container));
    expect(isStable(first)).toBe(true);
    expect(Object.isFrozen(first.command)).toBe(true);
  });

  it('rebuilds a draft container edited in place, at any depth', () => {
    const container = draftWithContainers(1).containers[0]!;
    const first = toStableContainer(container);
    container.extra.livenessProbe = { exec: { command: ['x'] } };
    const second = toStableContainer(container);
    expect(second).not.toBe(first);
    expect(second).toStrictEqual(toContainer(container));
    container.env[0]!.value = 'changed';
    expect(toStableContainer(container).env).toStrictEqual([{ name: 'N', value: 'changed' }]);
  });

  it('shares nothing with the draft, so freezing never reaches the draft', () => {
    const container = draftWithContainers(1).containers[0]!;
    toStableContainer(container);
    expect(Object.isFrozen(container.command)).toBe(false);
    expect(Object.isFrozen(container.env[0])).toBe(false);
  });
});

/** The YAML of a plain JSON copy of the manifests: nothing registered, so a full dump. */
function fullDump(draft: Draft): string {
  return toYaml(JSON.parse(JSON.stringify(toManifests(draft))) as unknown[]);
}

describe('toYaml(toManifests(draft)) with cached containers', () => {
  it('writes the same text as for a fresh copy after one container changes', () => {
    const draft = draftWithContainers(5);
    const before = toYaml(toManifests(draft));
    expect(before).toBe(fullDump(draft));
    const edited: Draft = {
      ...draft,
      containers: draft.containers.map((c, i) => (i === 2 ? { ...c, image: 'other:1' } : c)),
    };
    const after = toYaml(toManifests(edited));
    expect(after).toBe(fullDump(edited));
    expect(after).not.toBe(before);
    expect(after).toContain('image: other:1');
  });

  it('writes the same text whether the container sits in a Pod or a DaemonSet', () => {
    const draft = draftWithContainers(2);
    const pod: Draft = { ...draft, workload: { ...draft.workload, kind: 'Pod' } };
    expect(toYaml(toManifests(draft))).toBe(fullDump(draft));
    expect(toYaml(toManifests(pod))).toBe(fullDump(pod));
  });
});
