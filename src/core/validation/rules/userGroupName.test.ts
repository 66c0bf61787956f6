import { describe, expect, it } from 'vitest';

import { RUN_AS_USER_NAME_CHARACTERS_MESSAGE } from '../support/runAsUserName';
import { hits, pod, runRule, windowsContainer } from '../support/testPods';
import { userGroupName } from './userGroupName';

const POD = 'spec.securityContext.windowsOptions.runAsUserName';

function withUser(runAsUserName: string): Record<string, unknown> {
  return pod({
    securityContext: { windowsOptions: { hostProcess: true, runAsUserName } },
    hostNetwork: true,
  });
}

describe('user-group-name', () => {
  it.each([
    ['', 'runAsUserName cannot be an empty string'],
    ...['"', '/', '[', ']', ':', ';', '|', '=', ',', '+', '*', '?', '<', '>', '@'].map(
      (character) =>
        [`hpc${character}group`, RUN_AS_USER_NAME_CHARACTERS_MESSAGE] as [string, string],
    ),
    ['. .', "runAsUserName's User cannot contain only periods or spaces"],
    ['grp\tname', 'runAsUserName cannot contain control characters'],
  ])('%j is rejected', (value, detail) => {
    expect(runRule(userGroupName, withUser(value))).toEqual(hits([POD, detail]));
  });

  it.each([
    ['hpc-localgroup'],
    ['Remote Desktop Users'],
    ['NT AUTHORITY\\Local service'],
    ['Bad\\\\Domain'],
  ])('%j is not this rule’s to report', (value) => {
    expect(runRule(userGroupName, withUser(value))).toEqual([]);
  });

  it('checks container-level names', () => {
    const template = pod({
      hostNetwork: true,
      containers: [windowsContainer('c', { hostProcess: true, runAsUserName: 'a/b' })],
    });
    expect(runRule(userGroupName, template)).toEqual(
      hits([
        'spec.containers[0].securityContext.windowsOptions.runAsUserName',
        RUN_AS_USER_NAME_CHARACTERS_MESSAGE,
      ]),
    );
  });
});
