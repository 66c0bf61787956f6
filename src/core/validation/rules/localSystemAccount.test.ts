import { describe, expect, it } from 'vitest';

import { containing, hostProcessPod, runRule } from '../support/testPods';
import { localSystemAccount } from './localSystemAccount';

const as = (runAsUserName: string) =>
  hostProcessPod({ securityContext: { windowsOptions: { hostProcess: true, runAsUserName } } });

describe('local-system-account', () => {
  it.each([['NT AUTHORITY\\SYSTEM'], ['nt authority\\system']])('advises against %s', (name) => {
    expect(runRule(localSystemAccount, as(name))).toEqual([
      {
        path: 'spec.securityContext.windowsOptions.runAsUserName',
        message: containing('Local service'),
      },
    ]);
  });

  it.each([['NT AUTHORITY\\Local service'], ['hpc-localgroup']])('is silent for %s', (name) => {
    expect(runRule(localSystemAccount, as(name))).toEqual([]);
  });
});
