import { describe, expect, it } from 'vitest';

import { hostProcessPod, pod, runRule } from '../support/testPods';
import { runAsNonRootTrue } from './runAsNonRootTrue';

describe('run-as-non-root-true', () => {
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
