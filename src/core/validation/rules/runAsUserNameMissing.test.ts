import { describe, expect, it } from 'vitest';

import { containing, hostProcessPod, pod, runRule, windowsContainer } from '../support/testPods';
import { runAsUserNameMissing } from './runAsUserNameMissing';

const PATH = 'spec.securityContext.windowsOptions.runAsUserName';

describe('run-as-user-name-missing', () => {
  it('flags a HostProcess pod with no runAsUserName anywhere', () => {
    const template = hostProcessPod({ securityContext: { windowsOptions: { hostProcess: true } } });
    expect(runRule(runAsUserNameMissing, template)).toEqual([
      { path: PATH, message: containing('ctr') },
    ]);
  });

  it('flags only containers left without one', () => {
    const template = pod({
      hostNetwork: true,
      containers: [
        windowsContainer('a', { hostProcess: true, runAsUserName: 'NT AUTHORITY\\SYSTEM' }),
        windowsContainer('b', { hostProcess: true }),
      ],
    });
    const [hit] = runRule(runAsUserNameMissing, template);
    expect(hit?.message).toMatch(/container\(s\) b\./);
  });

  it.each([
    ['pod-level name', hostProcessPod()],
    [
      'container-level names',
      pod({
        hostNetwork: true,
        containers: [windowsContainer('a', { hostProcess: true, runAsUserName: 'grp' })],
      }),
    ],
    ['not HostProcess', pod()],
  ])('%s is fine', (_name, template) => {
    expect(runRule(runAsUserNameMissing, template)).toEqual([]);
  });
});
