import { describe, expect, it } from 'vitest';

import { hits, pod, runRule } from '../support/testPods';
import { initContainerLifecycleProbes } from './initContainerLifecycleProbes';

const FORBIDDEN = 'may not be set for init containers without restartPolicy=Always';
const handler = { exec: { command: ['ping'] } };

describe('init-container-lifecycle-probes', () => {
  it.each([['lifecycle'], ['livenessProbe'], ['readinessProbe'], ['startupProbe']])(
    '%s on a plain init container is forbidden',
    (field) => {
      const value = field === 'lifecycle' ? { preStop: handler } : handler;
      const template = pod({ initContainers: [{ name: 'init', image: 'i:1', [field]: value }] });
      expect(runRule(initContainerLifecycleProbes, template)).toEqual(
        hits([`spec.initContainers[0].${field}`, FORBIDDEN]),
      );
    },
  );

  it('allows them on a sidecar and on regular containers', () => {
    const template = pod({
      initContainers: [
        { name: 'sidecar', image: 'i:1', restartPolicy: 'Always', livenessProbe: handler },
      ],
      containers: [{ name: 'c', image: 'i:1', readinessProbe: handler, lifecycle: {} }],
    });
    expect(runRule(initContainerLifecycleProbes, template)).toEqual([]);
  });
});
