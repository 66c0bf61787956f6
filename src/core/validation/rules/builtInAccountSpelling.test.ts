import { describe, expect, it } from 'vitest';

import { hostProcessPod, runRule } from '../support/testPods';
import { builtInAccountSpelling } from './builtInAccountSpelling';

const as = (runAsUserName: string) =>
  hostProcessPod({ securityContext: { windowsOptions: { hostProcess: true, runAsUserName } } });

describe('built-in-account-spelling', () => {
  it.each([
    ['NT AUTHORITY\\LOCAL SERVICE', 'LocalService', 'NT AUTHORITY\\Local service'],
    ['NT AUTHORITY\\LocalService', 'LocalService', 'NT AUTHORITY\\Local service'],
    ['NT AUTHORITY\\Network Service', 'NetworkService', 'NT AUTHORITY\\NetworkService'],
    ['nt authority\\system', 'LocalSystem', 'NT AUTHORITY\\SYSTEM'],
  ])('%s is the %s account', (value, title, documented) => {
    const [hit] = runRule(builtInAccountSpelling, as(value));
    expect(hit?.message).toContain(`the ${title} account`);
    expect(hit?.message).toContain(`"${documented}"`);
  });

  it.each([['NT AUTHORITY\\Local service'], ['NT AUTHORITY\\SYSTEM'], ['hpc-localgroup']])(
    'is silent for %s',
    (value) => {
      expect(runRule(builtInAccountSpelling, as(value))).toEqual([]);
    },
  );
});
