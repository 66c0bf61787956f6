import { describe, expect, it } from 'vitest';

import { containing, hostProcessPod, runRule } from '../support/testPods';
import { containerdMountPaths } from './containerdMountPaths';

const template = hostProcessPod({
  volumes: [{ name: 'token', emptyDir: {} }],
  containers: [
    {
      name: 'c',
      image: 'i:1',
      volumeMounts: [{ name: 'token', mountPath: 'C:\\var\\run\\secrets' }],
    },
  ],
});

describe('containerd-1-6-mount-paths', () => {
  it('explains the relative path on containerd 1.6', () => {
    const target = { kubernetesVersion: '1.35', containerd: '1.6' as const };
    expect(runRule(containerdMountPaths, template, { target })).toEqual([
      {
        path: 'spec.containers[0].volumeMounts[0].mountPath',
        message: containing(
          '.\\var\\run\\secrets or $env:CONTAINER_SANDBOX_MOUNT_POINT\\var\\run\\secrets',
        ),
      },
    ]);
  });

  it('is silent on containerd 1.7+', () => {
    expect(runRule(containerdMountPaths, template)).toEqual([]);
  });
});
