import { describe, expect, it } from 'vitest';

import { createDraft } from '@/core/model/draft';
import { HOSTPROCESS_BASE_IMAGE } from '@/core/model/windows';

import {
  hasPreparer,
  icaclsGrantExample,
  netLocalgroupCommand,
  PREPARER_NAME,
  preparerCommand,
  withPreparer,
} from './nodePreparation';

describe('node preparation', () => {
  it('prints the net localgroup command, quoting a name with spaces', () => {
    expect(netLocalgroupCommand('hpc-localgroup')).toBe('net localgroup hpc-localgroup /add');
    expect(netLocalgroupCommand('log readers')).toBe('net localgroup "log readers" /add');
  });

  it('grants the group modify rights with inheritance in the icacls example', () => {
    expect(icaclsGrantExample('hpc-localgroup')).toMatch(
      /^icacls ".+" \/grant "hpc-localgroup:\(OI\)\(CI\)M"$/,
    );
  });

  it('creates the group only when it is missing', () => {
    const command = preparerCommand('g1');
    expect(command.slice(0, 2)).toEqual(['cmd', '/c']);
    expect(command.join(' ')).toBe('cmd /c net localgroup g1 >nul 2>&1 || net localgroup g1 /add');
  });

  it('adds one preparer init container running as SYSTEM, first, and replaces it on repeat', () => {
    const once = withPreparer(createDraft(), 'g1');
    expect(once.initContainers).toHaveLength(1);
    expect(once.initContainers[0]).toMatchObject({
      name: PREPARER_NAME,
      image: HOSTPROCESS_BASE_IMAGE,
      runAsUserName: 'NT AUTHORITY\\SYSTEM',
    });
    expect(hasPreparer(once, 'g1')).toBe(true);
    expect(hasPreparer(once, 'g2')).toBe(false);
    const twice = withPreparer(once, 'g2');
    expect(twice.initContainers).toHaveLength(1);
    expect(hasPreparer(twice, 'g2')).toBe(true);
  });
});
