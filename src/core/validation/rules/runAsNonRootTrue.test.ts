import { describe, expect, it } from 'vitest';

import { containing, hostProcessPod, pod, runRule } from '../support/testPods';
import { runAsNonRootTrue } from './runAsNonRootTrue';

describe('run-as-non-root-true (fact run-as-non-root-not-enforced)', () => {
  it('is a warning that says nothing enforces it, not a start failure', () => {
    const template = hostProcessPod({
      securityContext: {
        runAsNonRoot: true,
        windowsOptions: { hostProcess: true, runAsUserName: 'NT AUTHORITY\\SYSTEM' },
      },
    });
    expect(runAsNonRootTrue.severity).toBe('warning');
    expect(runAsNonRootTrue.stage).toBe('guidance');
    expect(runRule(runAsNonRootTrue, template)).toEqual([
      {
        path: 'spec.securityContext.runAsNonRoot',
        message: containing('refuses only the user ContainerAdministrator'),
      },
    ]);
    expect(runRule(runAsNonRootTrue, template)[0]?.message).not.toContain('refuses to start');
  });

  it('flags pod and container runAsNonRoot: true on a HostProcess pod', () => {
    const template = hostProcessPod({
      securityContext: {
        runAsNonRoot: true,
        windowsOptions: { hostProcess: true, runAsUserName: 'NT AUTHORITY\\SYSTEM' },
      },
      containers: [{ name: 'c', image: 'i:1', securityContext: { runAsNonRoot: true } }],
    });
    expect(runRule(runAsNonRootTrue, template).map((hit) => hit.path)).toEqual([
      'spec.securityContext.runAsNonRoot',
      'spec.containers[0].securityContext.runAsNonRoot',
    ]);
  });

  it.each([
    [
      'runAsNonRoot false',
      hostProcessPod({
        securityContext: { runAsNonRoot: false, windowsOptions: { hostProcess: true } },
      }),
    ],
    ['not HostProcess', pod({ securityContext: { runAsNonRoot: true } })],
  ])('%s is fine', (_name, template) => {
    expect(runRule(runAsNonRootTrue, template)).toEqual([]);
  });
});
