import { describe, expect, it } from 'vitest';

import { hits, pod, runRule, windowsContainer } from '../support/testPods';
import { hostProcessAllContainers } from './hostProcessAllContainers';

const ALL =
  'If pod contains any hostProcess containers then all containers must be HostProcess containers';

// Ported from TestValidateWindowsHostProcessPod: "only some containers setting HostProcess=true".
describe('host-process-all-containers', () => {
  it.each([
    [
      'some containers true, others unset',
      {
        hostNetwork: true,
        containers: [windowsContainer('a', { hostProcess: true }), windowsContainer('b')],
      },
    ],
    [
      'init container true, containers unset',
      {
        hostNetwork: true,
        initContainers: [windowsContainer('i', { hostProcess: true })],
        containers: [windowsContainer('c')],
      },
    ],
    [
      'pod true overridden by a container false',
      {
        hostNetwork: true,
        securityContext: { windowsOptions: { hostProcess: true } },
        containers: [windowsContainer('a'), windowsContainer('b', { hostProcess: false })],
      },
    ],
    [
      'ephemeral container true, containers unset',
      {
        hostNetwork: true,
        containers: [windowsContainer('c')],
        ephemeralContainers: [windowsContainer('e', { hostProcess: true })],
      },
    ],
  ])('%s is rejected on spec', (_name, spec) => {
    expect(runRule(hostProcessAllContainers, pod(spec))).toEqual(hits(['spec', ALL]));
  });

  it.each([
    [
      'all containers true',
      {
        hostNetwork: true,
        containers: [
          windowsContainer('a', { hostProcess: true }),
          windowsContainer('b', { hostProcess: true }),
        ],
      },
    ],
    [
      'pod-level true',
      {
        hostNetwork: true,
        securityContext: { windowsOptions: { hostProcess: true } },
        initContainers: [windowsContainer('i')],
      },
    ],
    ['no hostProcess anywhere', {}],
    ['all false', { containers: [windowsContainer('a', { hostProcess: false })] }],
  ])('%s is accepted', (_name, spec) => {
    expect(runRule(hostProcessAllContainers, pod(spec))).toEqual([]);
  });
});
