import { describe, expect, it } from 'vitest';

import { hits, pod, runRule, windowsContainer } from '../support/testPods';
import { hostProcessMissing } from './hostProcessMissing';

const PATH = 'spec.securityContext.windowsOptions.hostProcess';

describe('host-process-missing', () => {
  it('flags a pod where nothing says hostProcess', () => {
    expect(runRule(hostProcessMissing, pod())).toEqual(
      hits([PATH, 'Nothing makes this a HostProcess pod']),
    );
  });

  it.each([
    ['the pod says true', pod({ securityContext: { windowsOptions: { hostProcess: true } } })],
    ['the pod says false', pod({ securityContext: { windowsOptions: { hostProcess: false } } })],
    ['a container says true', pod({ containers: [windowsContainer('c', { hostProcess: true })] })],
    [
      'a container says false',
      pod({ containers: [windowsContainer('c', { hostProcess: false })] }),
    ],
    ['there is no container', pod({ containers: [] })],
  ])('is quiet when %s', (_name, template) => {
    expect(runRule(hostProcessMissing, template)).toEqual([]);
  });
});
