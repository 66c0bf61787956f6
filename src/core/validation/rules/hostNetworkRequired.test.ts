import { describe, expect, it } from 'vitest';

import { hits, pod, runRule, windowsContainer } from '../support/testPods';
import { hostNetworkRequired } from './hostNetworkRequired';

const REQUIRED = 'hostNetwork must be true if pod contains any hostProcess containers';

// Ported from TestValidateWindowsHostProcessPod: "HostProcess=true and HostNetwork unset/false".
describe('host-network-required', () => {
  it.each([
    [
      'pod hostProcess, hostNetwork unset',
      { securityContext: { windowsOptions: { hostProcess: true } } },
    ],
    [
      'pod hostProcess, hostNetwork false',
      { securityContext: { windowsOptions: { hostProcess: true } }, hostNetwork: false },
    ],
    [
      'container hostProcess, hostNetwork unset',
      { containers: [windowsContainer('c', { hostProcess: true })] },
    ],
  ])('%s is rejected', (_name, spec) => {
    expect(runRule(hostNetworkRequired, pod(spec))).toEqual(hits(['spec.hostNetwork', REQUIRED]));
  });

  it('explains the fix in plain words after the Kubernetes text', () => {
    const [hit] = runRule(
      hostNetworkRequired,
      pod({ securityContext: { windowsOptions: { hostProcess: true } } }),
    );
    expect(hit?.message).toBe(
      "hostNetwork must be true if pod contains any hostProcess containers. HostProcess containers share the node's network: set spec.hostNetwork to true.",
    );
  });

  it.each([
    [
      'pod hostProcess with hostNetwork',
      { securityContext: { windowsOptions: { hostProcess: true } }, hostNetwork: true },
    ],
    ['no hostProcess', {}],
    ['hostProcess false', { securityContext: { windowsOptions: { hostProcess: false } } }],
  ])('%s is accepted', (_name, spec) => {
    expect(runRule(hostNetworkRequired, pod(spec))).toEqual([]);
  });
});
