import { describe, expect, it } from 'vitest';

import { hits, pod, runRule, windowsContainer } from '../support/testPods';
import { hostProcessPodMismatch } from './hostProcessPodMismatch';

const MISMATCH = 'pod hostProcess value must be identical if both are specified, was';

// Ported from TestValidateWindowsHostProcessPod (validation_test.go), the pod/container agreement cases.
describe('host-process-pod-container-mismatch', () => {
  it.each([
    [
      'pod true, container false',
      {
        securityContext: { windowsOptions: { hostProcess: true } },
        hostNetwork: true,
        containers: [windowsContainer('c', { hostProcess: false })],
      },
      hits(['spec.containers[0].securityContext.windowsOptions.hostProcess', `${MISMATCH} true`]),
    ],
    [
      'pod true, init container false',
      {
        securityContext: { windowsOptions: { hostProcess: true } },
        hostNetwork: true,
        initContainers: [windowsContainer('i', { hostProcess: false })],
        containers: [windowsContainer('c')],
      },
      hits([
        'spec.initContainers[0].securityContext.windowsOptions.hostProcess',
        `${MISMATCH} true`,
      ]),
    ],
    [
      'pod false, containers true',
      {
        securityContext: { windowsOptions: { hostProcess: false } },
        hostNetwork: true,
        containers: [windowsContainer('c', { hostProcess: true })],
      },
      hits(['spec.containers[0].securityContext.windowsOptions.hostProcess', `${MISMATCH} false`]),
    ],
    [
      'pod true, ephemeral container false',
      {
        securityContext: { windowsOptions: { hostProcess: true } },
        hostNetwork: true,
        ephemeralContainers: [windowsContainer('e', { hostProcess: false })],
      },
      hits([
        'spec.ephemeralContainers[0].securityContext.windowsOptions.hostProcess',
        `${MISMATCH} true`,
      ]),
    ],
  ])('%s is rejected', (_name, spec, expected) => {
    expect(runRule(hostProcessPodMismatch, pod(spec))).toEqual(expected);
  });

  it.each([
    [
      'pod true, containers true',
      {
        securityContext: { windowsOptions: { hostProcess: true } },
        containers: [windowsContainer('c', { hostProcess: true })],
      },
    ],
    ['pod true, containers unset', { securityContext: { windowsOptions: { hostProcess: true } } }],
    ['pod unset, containers true', { containers: [windowsContainer('c', { hostProcess: true })] }],
    [
      'pod false, containers false',
      {
        securityContext: { windowsOptions: { hostProcess: false } },
        containers: [windowsContainer('c', { hostProcess: false })],
      },
    ],
  ])('%s is accepted', (_name, spec) => {
    expect(runRule(hostProcessPodMismatch, pod(spec))).toEqual([]);
  });
});
