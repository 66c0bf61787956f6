import { describe, expect, it } from 'vitest';

import { containing, hostProcessPod, runRule } from '../support/testPods';
import { localUsergroupPrepare } from './localUsergroupPrepare';

const as = (runAsUserName: string) =>
  hostProcessPod({ securityContext: { windowsOptions: { hostProcess: true, runAsUserName } } });

describe('local-usergroup-prepare', () => {
  it('points to the preparation steps for a local usergroup', () => {
    expect(runRule(localUsergroupPrepare, as('hpc-localgroup'))).toEqual([
      {
        path: 'spec.securityContext.windowsOptions.runAsUserName',
        message: containing('net localgroup hpc-localgroup /add'),
      },
    ]);
  });

  it.each([['NT AUTHORITY\\Local service'], ['bad/group'], ['']])('is silent for %j', (value) => {
    expect(runRule(localUsergroupPrepare, as(value))).toEqual([]);
  });
});
