import { describe, expect, it } from 'vitest';

import { DEFAULT_TARGET, type Target } from '@/core/validation/types';

import { mountAccess, volumeHelp } from './mountPaths';

const target = (changes: Partial<Target>): Target => ({ ...DEFAULT_TARGET, ...changes });

describe('mountAccess (facts bind-mounts-need-bindflt, containerd-1-6-mounts-under-volume)', () => {
  it('with bind mounts (containerd 1.7+, Windows Server 2022) the mountPath comes first', () => {
    expect(mountAccess('/var/run/secrets/kubernetes.io/serviceaccount', DEFAULT_TARGET)).toEqual({
      primary: 'C:\\var\\run\\secrets\\kubernetes.io\\serviceaccount',
      alternatives: [
        '$env:CONTAINER_SANDBOX_MOUNT_POINT\\var\\run\\secrets\\kubernetes.io\\serviceaccount',
        '.\\var\\run\\secrets\\kubernetes.io\\serviceaccount',
      ],
    });
  });

  it.each([
    ['containerd 1.6', target({ containerd: '1.6' })],
    ['Windows Server 2019', target({ windows: '2019' })],
  ])('on %s the container volume comes first, spelt as hcsshim replaces it', (_, on) => {
    expect(mountAccess('C:\\etc\\agent', on)).toEqual({
      primary: '$env:CONTAINER_SANDBOX_MOUNT_POINT\\etc\\agent',
      alternatives: ['%CONTAINER_SANDBOX_MOUNT_POINT%\\etc\\agent', '.\\etc\\agent'],
    });
  });

  it('has nothing to say for an empty mountPath', () => {
    expect(mountAccess('  ', DEFAULT_TARGET)).toBeUndefined();
  });
});

describe('volumeHelp', () => {
  it('explains bind mounts and the symlink fallback, and which spellings are replaced', () => {
    const text = volumeHelp(DEFAULT_TARGET).join(' ');
    expect(text).toContain('bindfltapi.dll');
    expect(text).toContain('C:\\hpc\\<container id>');
    expect(text).toContain('%CONTAINER_SANDBOX_MOUNT_POINT%');
  });

  it('on containerd 1.6 says volumes are under the container volume', () => {
    expect(volumeHelp(target({ containerd: '1.6' }))[0]).toContain('With containerd 1.6');
  });
});
