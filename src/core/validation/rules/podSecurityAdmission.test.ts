import { describe, expect, it } from 'vitest';

import { containing, hostProcessPod, pod, runRule } from '../support/testPods';
import { podSecurityAdmission } from './podSecurityAdmission';

describe('pod-security-baseline', () => {
  it('names every failing baseline check of a HostProcess pod, on the field to change', () => {
    const template = hostProcessPod({
      containers: [{ name: 'test', image: 'i:1', ports: [{ containerPort: 80 }] }],
      volumes: [{ name: 'logs', hostPath: { path: 'C:\\logs' } }],
    });
    expect(runRule(podSecurityAdmission, template)).toEqual([
      {
        path: 'spec.hostNetwork',
        message: containing('host namespaces (hostNetwork=true)'),
      },
      {
        path: 'spec.volumes[0].hostPath',
        message: containing('hostPath volumes (volume "logs")'),
      },
      {
        path: 'spec.containers[0].ports[0].hostPort',
        message: containing('hostPort (container "test" uses hostPort 80)'),
      },
      {
        path: 'spec.securityContext.windowsOptions.hostProcess',
        message: containing(
          'hostProcess (pod must not set securityContext.windowsOptions.hostProcess=true)',
        ),
      },
    ]);
  });

  it('says how to admit it', () => {
    const [hit] = runRule(podSecurityAdmission, hostProcessPod());
    expect(hit?.message).toContain('pod-security.kubernetes.io/enforce: privileged');
  });

  it('is silent for a baseline pod', () => {
    expect(runRule(podSecurityAdmission, pod())).toEqual([]);
  });
});
