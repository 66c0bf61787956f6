import { describe, expect, it } from 'vitest';

import { hits, pod, runRule } from '../support/testPods';
import { hostNetworkPorts } from './hostNetworkPorts';

const MATCH = 'must match `containerPort` when `hostNetwork` is true';

// Ported from TestValidatePodSpec (hostNetwork hostPort cases), with v1 defaulting applied first.
describe('host-network-ports', () => {
  it('rejects a hostPort different from containerPort', () => {
    const template = pod({
      hostNetwork: true,
      containers: [{ name: 'c', image: 'i:1', ports: [{ containerPort: 8080, hostPort: 80 }] }],
    });
    expect(runRule(hostNetworkPorts, template)).toEqual(
      hits(['spec.containers[0].ports[0].hostPort', MATCH]),
    );
  });

  it('accepts an omitted hostPort (defaulted to containerPort)', () => {
    const template = pod({
      hostNetwork: true,
      containers: [{ name: 'c', image: 'i:1', ports: [{ containerPort: 8080 }] }],
    });
    expect(runRule(hostNetworkPorts, template)).toEqual([]);
  });

  it('allows an omitted hostPort in a controller template, but not a different one', () => {
    const context = { kind: 'DaemonSet', isPod: false, isTemplate: true };
    const template = pod({
      hostNetwork: true,
      containers: [
        {
          name: 'c',
          image: 'i:1',
          ports: [{ containerPort: 8080 }, { containerPort: 9, hostPort: 0 }],
        },
        { name: 'd', image: 'i:1', ports: [{ containerPort: 8081, hostPort: 81 }] },
      ],
    });
    expect(runRule(hostNetworkPorts, template, { context })).toEqual(
      hits(['spec.containers[1].ports[0].hostPort', MATCH]),
    );
  });

  it('does not check init containers', () => {
    const template = pod({
      hostNetwork: true,
      initContainers: [{ name: 'i', image: 'i:1', ports: [{ containerPort: 8080, hostPort: 80 }] }],
    });
    expect(runRule(hostNetworkPorts, template)).toEqual([]);
  });

  it('does not apply without hostNetwork', () => {
    const template = pod({
      containers: [{ name: 'c', image: 'i:1', ports: [{ containerPort: 8080, hostPort: 80 }] }],
    });
    expect(runRule(hostNetworkPorts, template)).toEqual([]);
  });
});
