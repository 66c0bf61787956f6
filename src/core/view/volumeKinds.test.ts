import { describe, expect, it } from 'vitest';

import { createDraft } from '@/core/model/draft';

import {
  createVolume,
  newVolume,
  withNewVolume,
  unmountableHostPath,
  unusedName,
  VOLUME_KINDS,
  volumeKindOf,
} from './volumeKinds';

describe('volume kinds', () => {
  it.each(VOLUME_KINDS.map((k) => k.id))('a new %s volume is recognised as its kind', (kind) => {
    const volume = createVolume(kind, 'v');
    expect(volume.name).toBe('v');
    expect(volumeKindOf(volume)).toBe(kind);
  });

  it('does not claim sources it cannot edit', () => {
    expect(volumeKindOf({ name: 'x', csi: { driver: 'd' } })).toBeUndefined();
  });

  it('finds an unused name', () => {
    expect(unusedName('data', [])).toBe('data');
    expect(unusedName('data', ['data', 'data-2'])).toBe('data-3');
  });

  it.each([
    ['\\\\.\\pipe\\docker_engine', '', true],
    ['//./pipe/containerd-containerd', '', true],
    ['C:\\var\\run\\agent.sock', '', true],
    ['C:\\var\\run\\agent', 'Socket', true],
    ['C:\\ProgramData\\logs', 'DirectoryOrCreate', false],
  ])('%s (type %s) unmountable: %s', (path, type, bad) => {
    expect(unmountableHostPath(path, type) !== undefined).toBe(bad);
  });
});

describe('newVolume', () => {
  it('names the volume after its kind, unlike the names taken', () => {
    expect(newVolume('hostPath', []).name).toBe('host');
    expect(newVolume('persistentVolumeClaim', ['data']).name).toBe('data-2');
    expect(newVolume('emptyDir', ['host'])).toEqual({ name: 'scratch', emptyDir: {} });
  });
});

describe('withNewVolume', () => {
  it('adds a volume of the kind last, named unlike the others', () => {
    const once = withNewVolume(createDraft(), 'hostPath');
    const twice = withNewVolume(once, 'hostPath');
    expect(twice.volumes.slice(-2).map((v) => v.name)).toEqual(['host', 'host-2']);
    expect(twice.volumes.at(-1)?.hostPath).toBeDefined();
  });
});
