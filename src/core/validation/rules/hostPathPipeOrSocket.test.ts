import { describe, expect, it } from 'vitest';

import { hostProcessPod, pod, runRule } from '../support/testPods';
import { hostPathPipeOrSocket } from './hostPathPipeOrSocket';

describe('host-path-pipe-or-socket (fact pipes-and-sockets-not-mountable)', () => {
  it.each([
    ['\\\\.\\pipe\\containerd-containerd', 'spec.volumes[0].hostPath.path'],
    ['//./pipe/docker_engine', 'spec.volumes[0].hostPath.path'],
    ['C:\\run\\agent.sock', 'spec.volumes[0].hostPath'],
  ])('flags %s', (path, at) => {
    expect(
      runRule(
        hostPathPipeOrSocket,
        hostProcessPod({ volumes: [{ name: 'v', hostPath: { path } }] }),
      ).map((hit) => hit.path),
    ).toEqual([at]);
  });

  it('flags type Socket', () => {
    const template = hostProcessPod({
      volumes: [{ name: 'v', hostPath: { path: 'C:\\run\\x', type: 'Socket' } }],
    });
    expect(runRule(hostPathPipeOrSocket, template)).toHaveLength(1);
  });

  it.each([
    [
      'a directory on a HostProcess pod',
      hostProcessPod({ volumes: [{ name: 'v', hostPath: { path: 'C:\\var\\log' } }] }),
    ],
    [
      'a pipe on an ordinary Windows pod',
      pod({ volumes: [{ name: 'v', hostPath: { path: '\\\\.\\pipe\\x' } }] }),
    ],
  ])('accepts %s', (_name, template) => {
    expect(runRule(hostPathPipeOrSocket, template)).toEqual([]);
  });
});
