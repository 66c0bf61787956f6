import { describe, expect, it } from 'vitest';

import { createContainer, createDraft, type Draft } from '@/core/model/draft';
import { PRIVILEGE_FACT_LIST } from '@/core/model/windowsPrivileges';
import { PRESETS } from '@/core/presets';

import { adviseAccount } from './adviseAccount';
import { NEEDS, type NeedId } from '@/core/model/windowsNeeds';

const ALL = NEEDS.map((need) => need.id);

function withHostPaths(): Draft {
  const draft = createDraft();
  draft.volumes = [
    { name: 'logs', hostPath: { path: 'C:\\var\\log', type: 'DirectoryOrCreate' } },
    { name: 'config', hostPath: { path: 'C:\\etc\\agent' } },
    { name: 'kubeconfig', hostPath: { path: 'C:\\k\\config', type: 'File' } },
    { name: 'unused', hostPath: { path: 'C:\\unused' } },
    { name: 'scratch', emptyDir: {} },
  ];
  draft.containers = [
    {
      ...createContainer('agent', 'a:1'),
      volumeMounts: [
        { name: 'logs', mountPath: 'C:\\logs' },
        { name: 'config', mountPath: 'C:\\config', readOnly: true },
        { name: 'kubeconfig', mountPath: 'C:\\kubeconfig', readOnly: true },
        { name: 'scratch', mountPath: 'C:\\scratch' },
      ],
    },
  ];
  return draft;
}

describe('adviseAccount: need → account', () => {
  it('with nothing ticked, LocalService', () => {
    const advice = adviseAccount([], createDraft());
    expect(advice.account).toBe('LocalService');
    expect(advice.runAsUserName).toBe('NT AUTHORITY\\Local service');
    expect(advice.reasons).toStrictEqual([]);
    expect(advice.summary).toMatch(/LocalService/);
  });

  it.each<[NeedId, string]>([
    ['read-host-files', 'group'],
    ['write-host-folders', 'group'],
    ['network-as-node', 'NetworkService'],
    ['read-etw', 'LocalService'],
    ['read-event-logs', 'group'],
    ['change-networking', 'LocalSystem'],
    ['control-services-drivers', 'LocalSystem'],
    ['manage-disks', 'LocalSystem'],
    ['change-registry', 'LocalSystem'],
    ['node-administrator', 'LocalSystem'],
  ])('%s alone → %s, with one line of why citing a fact', (need, account) => {
    const advice = adviseAccount([need], createDraft());
    expect(advice.account).toBe(account);
    expect(advice.reasons).toHaveLength(1);
    expect(advice.reasons[0]?.why.length).toBeGreaterThan(20);
    expect(PRIVILEGE_FACT_LIST.map((fact) => fact.id)).toContain(advice.reasons[0]?.factId);
  });

  it('covers every need in the table above', () => {
    expect(ALL).toHaveLength(10);
  });

  it('every box ticked → LocalSystem, one reason per need', () => {
    const advice = adviseAccount(ALL, createDraft());
    expect(advice.account).toBe('LocalSystem');
    expect(advice.runAsUserName).toBe('NT AUTHORITY\\SYSTEM');
    expect(advice.reasons.map((reason) => reason.need)).toStrictEqual(ALL);
  });

  it('ETW never needs more than LocalService', () => {
    expect(adviseAccount(['read-etw'], createDraft()).account).toBe('LocalService');
    expect(adviseAccount(['read-etw', 'network-as-node'], createDraft()).account).toBe(
      'NetworkService',
    );
  });

  it('the network identity and host-folder writes together need LocalSystem', () => {
    expect(adviseAccount(['network-as-node', 'write-host-folders'], createDraft()).account).toBe(
      'LocalSystem',
    );
  });
});

describe('adviseAccount: need → grant for a usergroup', () => {
  it('lists an icacls grant per mounted host path, modify where writable, read elsewhere', () => {
    const advice = adviseAccount(['write-host-folders'], withHostPaths());
    expect(advice.account).toBe('group');
    expect(advice.runAsUserName).toBe('hpc-localgroup');
    expect(advice.preparation?.netLocalgroup).toStrictEqual(['net localgroup hpc-localgroup /add']);
    expect(advice.preparation?.grants.map((grant) => grant.command)).toStrictEqual([
      'icacls "C:\\var\\log" /grant "hpc-localgroup:(OI)(CI)M"',
      'icacls "C:\\etc\\agent" /grant "hpc-localgroup:(OI)(CI)RX"',
      'icacls "C:\\k\\config" /grant "hpc-localgroup:RX"',
    ]);
  });

  it('grants only read when the workload does not write', () => {
    const advice = adviseAccount(['read-host-files'], withHostPaths());
    expect(advice.preparation?.grants.map((grant) => grant.rights)).toStrictEqual([
      'RX',
      'RX',
      'RX',
    ]);
  });

  it('advises from the user, containers and volumes alone, as from the whole Draft', () => {
    const draft = withHostPaths();
    draft.user.runAsUserName = 'agents';
    const { user, containers, initContainers, volumes } = draft;
    const parts = { user, containers, initContainers, volumes };
    const advice = adviseAccount(['write-host-folders'], parts);
    expect(advice).toStrictEqual(adviseAccount(['write-host-folders'], draft));
    expect(advice.preparation?.group).toBe('agents');
    expect(advice.preparation?.grants).toHaveLength(3);
  });

  it('adds the built-in group memberships event logs and ETW need', () => {
    const draft = createDraft();
    draft.user.runAsUserName = 'log readers';
    const advice = adviseAccount(['read-event-logs', 'read-etw'], draft);
    expect(advice.account).toBe('group');
    expect(advice.preparation?.netLocalgroup).toStrictEqual([
      'net localgroup "log readers" /add',
      'net localgroup "Performance Log Users" "log readers" /add',
      'net localgroup "Event Log Readers" "log readers" /add',
    ]);
  });
});

describe('privilege facts and presets', () => {
  it('every fact has a claim and a source with a URL or a repository commit', () => {
    for (const fact of PRIVILEGE_FACT_LIST) {
      expect(fact.id).toMatch(/^[a-z0-9-]+$/);
      expect(fact.sources.length).toBeGreaterThan(0);
      for (const source of fact.sources) {
        if ('url' in source)
          expect(source.url).toMatch(/^https:\/\/(learn\.microsoft\.com|kubernetes\.io)\//);
        else expect(source.commit).toMatch(/^[0-9a-f]{40}$/);
      }
    }
  });

  it('every preset names its needs', () => {
    for (const preset of PRESETS) expect(preset.needs, preset.id).toBeDefined();
  });
});
