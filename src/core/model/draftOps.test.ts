import { describe, expect, it } from 'vitest';

import { toManifests } from '@/core/manifest/toManifests';
import { toPodTemplate } from '@/core/manifest/toPodTemplate';
import { container, draft } from '@/test/builders';

import { createDraft } from './draft';
import {
  addContainer,
  addMount,
  addPort,
  addToleration,
  addVolume,
  duplicateContainer,
  moveContainer,
  patchContainer,
  patchSection,
  patchVolume,
  removeContainer,
  removeMount,
  removeToleration,
  removeVolume,
  setContainerUser,
  setKeyValues,
  setPodUser,
} from './draftOps';

describe('draftOps', () => {
  it('patchSection changes one section and shares the rest', () => {
    const before = createDraft();
    const after = patchSection(before, 'workload', { name: 'web' });
    expect(after.workload.name).toBe('web');
    expect(before.workload.name).toBe('hostprocess-example');
    expect(after.containers).toBe(before.containers);
    expect(after.scheduling).toBe(before.scheduling);
  });

  it('patchSection drops a kept value that would hide the edit', () => {
    const before = draft({ kept: { podSpec: { priorityClassName: 7, hostPID: false } } });
    const after = patchSection(before, 'scheduling', { priorityClassName: 'system-node-critical' });
    expect(after.kept.podSpec).toStrictEqual({ hostPID: false });
    expect(toPodTemplate(after).spec.priorityClassName).toBe('system-node-critical');
  });

  it('changing kind forgets the old kind’s controller fields and apiVersion', () => {
    const before = draft({
      workload: { kind: 'DaemonSet' },
      kept: { apiVersion: 'apps/v1beta2', spec: { minReadySeconds: 3 } },
    });
    const after = patchSection(before, 'workload', { kind: 'Job' });
    expect(after.kept.spec).toStrictEqual({});
    expect(after.kept).not.toHaveProperty('apiVersion');
    expect(toManifests(after)[0]).toMatchObject({ apiVersion: 'batch/v1', kind: 'Job' });
  });

  it('sets the pod user and a container override', () => {
    const d = setContainerUser(
      setPodUser(createDraft(), 'hpc-localgroup'),
      'containers',
      0,
      'NT AUTHORITY\\SYSTEM',
    );
    const spec = toPodTemplate(d).spec;
    expect(spec.securityContext?.windowsOptions?.runAsUserName).toBe('hpc-localgroup');
    expect(spec.containers[0]?.securityContext?.windowsOptions?.runAsUserName).toBe(
      'NT AUTHORITY\\SYSTEM',
    );
  });

  it('adds containers and init containers with unique names', () => {
    let d = addContainer(createDraft());
    d = addContainer(d);
    d = addContainer(d, 'initContainers');
    expect(d.containers.map((c) => c.name)).toStrictEqual(['test', 'main', 'main-2']);
    expect(d.initContainers.map((c) => c.name)).toStrictEqual(['init']);
  });

  it('removes, duplicates and moves containers', () => {
    const d = draft({ containers: [container({ name: 'a' }), container({ name: 'b' })] });
    expect(removeContainer(d, 'containers', 0).containers.map((c) => c.name)).toStrictEqual(['b']);
    expect(removeContainer(d, 'containers', 5)).toBe(d);
    const dup = duplicateContainer(d, 'containers', 0);
    expect(dup.containers.map((c) => c.name)).toStrictEqual(['a', 'a-copy', 'b']);
    expect(dup.containers[1]).not.toBe(dup.containers[0]);
    expect(moveContainer(d, 'containers', 0, 1).containers.map((c) => c.name)).toStrictEqual([
      'b',
      'a',
    ]);
    expect(moveContainer(d, 'containers', 0, 9)).toBe(d);
  });

  it('patchContainer drops the kept field of the same name', () => {
    const d = draft({ containers: [container({ extra: { command: [], livenessProbe: {} } })] });
    const after = patchContainer(d, 'containers', 0, { command: ['ping'] });
    expect(after.containers[0]!.command).toStrictEqual(['ping']);
    expect(after.containers[0]!.extra).toStrictEqual({ livenessProbe: {} });
  });

  it('renaming a volume renames its mounts; removing it removes them', () => {
    let d = addVolume(createDraft(), { name: 'logs', emptyDir: {} });
    d = addMount(d, 'containers', 0, { name: 'logs', mountPath: 'C:\\logs' });
    d = addMount(d, 'containers', 0, { name: 'other', mountPath: 'C:\\other' });
    const renamed = patchVolume(d, 0, { name: 'data', emptyDir: {} });
    expect(renamed.containers[0]!.volumeMounts.map((m) => m.name)).toStrictEqual(['data', 'other']);
    const removed = removeVolume(d, 0);
    expect(removed.volumes).toStrictEqual([]);
    expect(removed.containers[0]!.volumeMounts.map((m) => m.name)).toStrictEqual(['other']);
    expect(
      removeMount(d, 'containers', 0, 0).containers[0]!.volumeMounts.map((m) => m.name),
    ).toStrictEqual(['other']);
  });

  it('adds a port with hostPort equal to containerPort', () => {
    const d = addPort(createDraft(), 'containers', 0, 9182, 'http');
    expect(d.containers[0]!.ports).toStrictEqual([
      { name: 'http', containerPort: 9182, hostPort: 9182, protocol: 'TCP' },
    ]);
  });

  it('adds and removes tolerations and key/value rows', () => {
    const d = addToleration(createDraft(), { operator: 'Exists' });
    expect(d.scheduling.tolerations).toStrictEqual([{ operator: 'Exists' }]);
    expect(removeToleration(d, 0).scheduling.tolerations).toStrictEqual([]);
    const labelled = setKeyValues(d, ['workload', 'labels'], [{ key: 'app', value: 'x' }]);
    expect(labelled.workload.labels).toStrictEqual([{ key: 'app', value: 'x' }]);
    const selected = setKeyValues(
      d,
      ['scheduling', 'nodeSelector'],
      [{ key: 'pool', value: 'win' }],
    );
    expect(toPodTemplate(selected).spec.nodeSelector).toStrictEqual({
      'kubernetes.io/os': 'windows',
      pool: 'win',
    });
  });
});
