import { describe, expect, it } from 'vitest';

import {
  accountCards,
  overrideChoice,
  OVERRIDE_OPTIONS,
  runAsOfChoice,
  runAsOfOverride,
} from '@/core/view/accountChoices';

describe('accountCards', () => {
  it('offers the built-in accounts least privileged first, then a local usergroup', () => {
    const cards = accountCards(null);
    expect(cards.map((c) => c.value)).toEqual([
      'LocalService',
      'NetworkService',
      'LocalSystem',
      'group',
    ]);
    expect(cards[0]?.badge).toEqual({ label: 'Recommended', tone: 'success' });
    expect(cards[2]?.badge).toEqual({ label: 'Full control', tone: 'warning' });
    expect(cards[3]?.runAs).toBe('<group name>');
  });

  it("shows a group's name on the group card only", () => {
    expect(accountCards('hpc-group')[3]?.runAs).toBe('hpc-group');
    expect(accountCards('NT AUTHORITY\\SYSTEM')[3]?.runAs).toBe('<group name>');
  });
});

describe('runAsOfChoice', () => {
  it("writes a built-in account's exact name, or the group typed before", () => {
    expect(runAsOfChoice('NetworkService', 'g')).toBe('NT AUTHORITY\\NetworkService');
    expect(runAsOfChoice('group', 'hpc-group')).toBe('hpc-group');
  });
});

describe('container account override', () => {
  it('round-trips every choice through the runAsUserName it writes', () => {
    for (const { value } of OVERRIDE_OPTIONS) {
      if (value === 'group') continue;
      expect(overrideChoice(runAsOfOverride(value))).toBe(value);
    }
  });

  it('starts a group with an empty name, and inherits with null', () => {
    expect(runAsOfOverride('group')).toBe('');
    expect(overrideChoice('')).toBe('group');
    expect(runAsOfOverride('inherit')).toBeNull();
  });
});
