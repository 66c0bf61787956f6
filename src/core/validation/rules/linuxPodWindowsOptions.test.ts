import { describe, expect, it } from 'vitest';

import { hits, pod, runRule, windowsContainer } from '../support/testPods';
import { linuxPodWindowsOptions } from './linuxPodWindowsOptions';

const FORBIDDEN = 'windows options cannot be set for a linux pod';

// Ported from TestValidateLinuxPodSecurityContext / TestValidateLinuxSecurityContext.
describe('linux-pod-windows-options', () => {
  it('rejects pod and container windowsOptions on a linux pod', () => {
    const template = pod({
      os: { name: 'linux' },
      securityContext: { windowsOptions: { hostProcess: true } },
      containers: [windowsContainer('c', { runAsUserName: 'x' })],
    });
    expect(runRule(linuxPodWindowsOptions, template)).toEqual(
      hits(
        ['spec.securityContext.windowsOptions', FORBIDDEN],
        ['spec.containers[0].securityContext.windowsOptions', FORBIDDEN],
      ),
    );
  });

  it.each([
    [{ os: { name: 'windows' }, securityContext: { windowsOptions: {} } }],
    [{ securityContext: { windowsOptions: {} } }],
  ])('%j is accepted', (spec) => {
    expect(runRule(linuxPodWindowsOptions, pod(spec))).toEqual([]);
  });
});
