import { describe, expect, it } from 'vitest';

import { hostProcessPod, pod, runRule } from '../support/testPods';
import { linuxFieldsWithoutOs } from './linuxFieldsWithoutOs';

describe('linux-fields-without-os', () => {
  it('flags Linux-only fields on a HostProcess pod without spec.os', () => {
    const template = hostProcessPod({
      securityContext: { runAsUser: 0, windowsOptions: { hostProcess: true } },
      containers: [
        {
          name: 'c',
          image: 'i:1',
          securityContext: { privileged: true, allowPrivilegeEscalation: false },
        },
      ],
    });
    expect(runRule(linuxFieldsWithoutOs, template).map((hit) => hit.path)).toEqual([
      'spec.securityContext.runAsUser',
      'spec.containers[0].securityContext.privileged',
      'spec.containers[0].securityContext.allowPrivilegeEscalation',
    ]);
  });

  it.each([
    [
      'with spec.os (an api-server error instead)',
      hostProcessPod({ os: { name: 'windows' }, securityContext: { runAsUser: 0 } }),
    ],
    ['a Linux pod', pod({ securityContext: { runAsUser: 1000 } })],
  ])('is silent %s', (_name, template) => {
    expect(runRule(linuxFieldsWithoutOs, template)).toEqual([]);
  });
});
