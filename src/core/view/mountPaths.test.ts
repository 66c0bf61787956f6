import { describe, expect, it } from 'vitest';

import { mountAccess } from './mountPaths';

describe('mountAccess', () => {
  it('maps a Windows mountPath for both containerd versions', () => {
    expect(mountAccess('C:\\etc\\agent')).toEqual({
      containerd17: 'C:\\etc\\agent',
      containerd16: '$CONTAINER_SANDBOX_MOUNT_POINT\\etc\\agent',
      relative: '.\\etc\\agent',
    });
  });

  it('maps a Linux-style mountPath the way the docs do for service account tokens', () => {
    expect(mountAccess('/var/run/secrets/kubernetes.io/serviceaccount')).toEqual({
      containerd17: 'C:\\var\\run\\secrets\\kubernetes.io\\serviceaccount',
      containerd16:
        '$CONTAINER_SANDBOX_MOUNT_POINT\\var\\run\\secrets\\kubernetes.io\\serviceaccount',
      relative: '.\\var\\run\\secrets\\kubernetes.io\\serviceaccount',
    });
  });

  it('has nothing to say for an empty mountPath', () => {
    expect(mountAccess('  ')).toBeUndefined();
  });
});
