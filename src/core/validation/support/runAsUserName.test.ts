import { describe, expect, it } from 'vitest';

import { RUN_AS_USER_NAME_CHARACTERS_MESSAGE, runAsUserNameErrors } from './runAsUserName';

// Ported from TestValidateWindowsSecurityContextOptions (runAsUserName cases).
describe('runAsUserNameErrors', () => {
  it.each([
    ['Container. User'],
    ['NT AUTHORITY\\Local service'],
    ['NT AUTHORITY\\NetworkService'],
    ['NT AUTHORITY\\SYSTEM'],
    ['hpc-localgroup'],
    ['Contoso.Local\\User'],
    ['a'.repeat(15) + '\\user'],
    ['u'.repeat(104)],
    ['Domain.With-Dots\\User'],
  ])('%j is valid', (value) => {
    expect(runAsUserNameErrors(value)).toEqual([]);
  });

  it.each([
    ['', ['runAsUserName cannot be an empty string']],
    ['Container\tUser', ['runAsUserName cannot contain control characters']],
    ['Container\x7fUser', ['runAsUserName cannot contain control characters']],
    ['Domain\\Container\\User', ['runAsUserName cannot contain more than one backslash']],
    ['\\User', ["runAsUserName's Domain doesn't match the NetBios nor the DNS format"]],
    ['.Domain\\User', ["runAsUserName's Domain doesn't match the NetBios nor the DNS format"]],
    [
      `${'a'.repeat(256)}\\User`,
      [
        "runAsUserName's Domain length must be under 256 characters",
        "runAsUserName's Domain doesn't match the NetBios nor the DNS format",
      ],
    ],
    ['Domain\\', ["runAsUserName's User cannot be empty"]],
    ['u'.repeat(105), ["runAsUserName's User length must not be longer than 104 characters"]],
    ['...', ["runAsUserName's User cannot contain only periods or spaces"]],
    ['Domain\\ . ', ["runAsUserName's User cannot contain only periods or spaces"]],
    ['Container/User', [RUN_AS_USER_NAME_CHARACTERS_MESSAGE]],
    ['hpc@group', [RUN_AS_USER_NAME_CHARACTERS_MESSAGE]],
    ['grp[1]', [RUN_AS_USER_NAME_CHARACTERS_MESSAGE]],
  ])('%j is invalid', (value, expected) => {
    expect(runAsUserNameErrors(value)).toEqual(expected);
  });

  it('counts bytes, not characters', () => {
    expect(runAsUserNameErrors('é'.repeat(53))).toEqual([
      "runAsUserName's User length must not be longer than 104 characters",
    ]);
  });

  it('lists the forbidden characters as Kubernetes prints them', () => {
    expect(RUN_AS_USER_NAME_CHARACTERS_MESSAGE).toBe(
      'runAsUserName\'s User cannot contain the following characters: "/\\:;|=,+*?<>@[]',
    );
  });
});
