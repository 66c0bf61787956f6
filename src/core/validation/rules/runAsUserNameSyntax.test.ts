import { describe, expect, it } from 'vitest';

import { RUN_AS_USER_NAME_CHARACTERS_MESSAGE } from '../support/runAsUserName';
import { hits, pod, runRule } from '../support/testPods';
import { runAsUserNameSyntax } from './runAsUserNameSyntax';

const POD = 'spec.securityContext.windowsOptions.runAsUserName';

// Ported from TestValidateWindowsSecurityContextOptions (DOMAIN\user cases).
describe('run-as-user-name', () => {
  it.each([
    ['Domain\\Container\\User', ['runAsUserName cannot contain more than one backslash']],
    ['\\User', ["runAsUserName's Domain doesn't match the NetBios nor the DNS format"]],
    ['Domain\\', ["runAsUserName's User cannot be empty"]],
    ['Domain\\User/Name', [RUN_AS_USER_NAME_CHARACTERS_MESSAGE]],
    ['Domain\\...', ["runAsUserName's User cannot contain only periods or spaces"]],
  ])('%j is rejected', (runAsUserName, details) => {
    const template = pod({ securityContext: { windowsOptions: { runAsUserName } } });
    expect(runRule(runAsUserNameSyntax, template)).toEqual(
      hits(...details.map((d) => [POD, d] as [string, string])),
    );
  });

  it.each([
    ['NT AUTHORITY\\SYSTEM'],
    ['NT AUTHORITY\\Local service'],
    ['contoso.com\\svc-agent'],
    ['hpc-localgroup'],
    [''],
  ])('%j passes (or belongs to user-group-name)', (runAsUserName) => {
    expect(
      runRule(runAsUserNameSyntax, pod({ securityContext: { windowsOptions: { runAsUserName } } })),
    ).toEqual([]);
  });
});
