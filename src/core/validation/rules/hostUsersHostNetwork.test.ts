import { describe, expect, it } from 'vitest';

import { hits, pod, runRule } from '../support/testPods';
import { hostUsersHostNetwork } from './hostUsersHostNetwork';

describe('host-users-host-network', () => {
  it('rejects hostUsers false with hostNetwork', () => {
    expect(runRule(hostUsersHostNetwork, pod({ hostUsers: false, hostNetwork: true }))).toEqual(
      hits(['spec.hostNetwork', 'when `pod.Spec.HostUsers` is false']),
    );
  });

  it('reports hostPID and hostIPC on the capitalised paths validateHostUsers uses', () => {
    expect(
      runRule(hostUsersHostNetwork, pod({ hostUsers: false, hostPID: true, hostIPC: true })),
    ).toEqual(
      hits(
        ['spec.HostPID', 'when `pod.Spec.HostUsers` is false'],
        ['spec.HostIPC', 'when `pod.Spec.HostUsers` is false'],
      ),
    );
  });

  it.each([
    [{ hostUsers: true, hostNetwork: true }],
    [{ hostUsers: false }],
    [{ hostNetwork: true }],
  ])('%j is accepted', (spec) => {
    expect(runRule(hostUsersHostNetwork, pod(spec))).toEqual([]);
  });
});
