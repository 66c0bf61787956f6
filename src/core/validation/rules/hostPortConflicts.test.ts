import { describe, expect, it } from 'vitest';

import { hits, pod, runRule } from '../support/testPods';
import { hostPortConflicts } from './hostPortConflicts';

// Ported from TestValidatePodSpec host-port conflict cases (checkHostPortConflicts).
describe('host-port-conflicts', () => {
  it('rejects the same protocol/hostIP/hostPort in two containers', () => {
    const template = pod({
      containers: [
        { name: 'a', image: 'i:1', ports: [{ containerPort: 80, hostPort: 80 }] },
        { name: 'b', image: 'i:1', ports: [{ containerPort: 8080, hostPort: 80 }] },
      ],
    });
    expect(runRule(hostPortConflicts, template)).toEqual(
      hits(['spec.containers[1].ports[0].hostPort', 'Duplicate value: "TCP//80"']),
    );
  });

  it('catches conflicts created by hostNetwork defaulting', () => {
    const template = pod({
      hostNetwork: true,
      containers: [
        { name: 'a', image: 'i:1', ports: [{ containerPort: 9000 }] },
        { name: 'b', image: 'i:1', ports: [{ containerPort: 9000 }] },
      ],
    });
    expect(runRule(hostPortConflicts, template)).toEqual(
      hits(['spec.containers[1].ports[0].hostPort', 'Duplicate value: "TCP//9000"']),
    );
  });

  it.each([
    [
      'different protocols',
      [
        { containerPort: 80, hostPort: 80 },
        { containerPort: 80, hostPort: 80, protocol: 'UDP' },
      ],
    ],
    [
      'different host IPs',
      [
        { containerPort: 80, hostPort: 80, hostIP: '10.0.0.1' },
        { containerPort: 81, hostPort: 80, hostIP: '10.0.0.2' },
      ],
    ],
  ])('%s are accepted', (_name, ports) => {
    expect(
      runRule(hostPortConflicts, pod({ containers: [{ name: 'a', image: 'i:1', ports }] })),
    ).toEqual([]);
  });

  it('ignores null host ports (they decode to 0)', () => {
    const template = pod({
      containers: [
        { name: 'a', image: 'i:1', ports: [{ containerPort: 80, hostPort: null }] },
        { name: 'b', image: 'i:1', ports: [{ containerPort: 81, hostPort: null }] },
      ],
    });
    expect(runRule(hostPortConflicts, template)).toEqual([]);
  });

  it('checks init containers only against themselves', () => {
    const template = pod({
      initContainers: [{ name: 'i', image: 'i:1', ports: [{ containerPort: 80, hostPort: 80 }] }],
      containers: [{ name: 'c', image: 'i:1', ports: [{ containerPort: 80, hostPort: 80 }] }],
    });
    expect(runRule(hostPortConflicts, template)).toEqual([]);
  });
});
