import { describe, expect, it } from 'vitest';

import { containing, hostProcessPod, pod, runRule } from '../support/testPods';
import { windowsNodeSelection } from './windowsNodeSelection';

describe('windows-node-selection', () => {
  it('flags a HostProcess pod that could land on Linux', () => {
    expect(runRule(windowsNodeSelection, hostProcessPod({ nodeSelector: undefined }))).toEqual([
      { path: 'spec.nodeSelector', message: containing('kubernetes.io/os: windows') },
    ]);
  });

  it.each([
    ['node selector', hostProcessPod()],
    ['spec.os.name', hostProcessPod({ nodeSelector: undefined, os: { name: 'windows' } })],
    [
      'required node affinity',
      hostProcessPod({
        nodeSelector: undefined,
        affinity: {
          nodeAffinity: {
            requiredDuringSchedulingIgnoredDuringExecution: {
              nodeSelectorTerms: [
                {
                  matchExpressions: [
                    { key: 'kubernetes.io/os', operator: 'In', values: ['windows'] },
                  ],
                },
              ],
            },
          },
        },
      }),
    ],
    ['not HostProcess', pod()],
  ])('accepts a pod pinned by %s', (_name, template) => {
    expect(runRule(windowsNodeSelection, template)).toEqual([]);
  });
});
