import { describe, expect, it } from 'vitest';

import { containing, hostProcessPod, pod, runRule } from '../support/testPods';
import { DEFAULT_TARGET } from '../types';
import { accountDomainCase } from './accountDomainCase';
import { accountOtherDomain } from './accountOtherDomain';
import { builtInAccountSpelling } from './builtInAccountSpelling';
import { localUsergroupPrepare } from './localUsergroupPrepare';
import { usergroupAdminRights } from './usergroupAdminRights';
import { usergroupNeedsContainerd17 } from './usergroupNeedsContainerd17';

const PATH = 'spec.securityContext.windowsOptions.runAsUserName';
const as = (runAsUserName: string) =>
  hostProcessPod({ securityContext: { windowsOptions: { hostProcess: true, runAsUserName } } });
const CONTAINERD_16 = { target: { ...DEFAULT_TARGET, containerd: '1.6' as const } };

describe('account-domain-case (fact service-logon-exact-domain)', () => {
  it.each([
    ['nt authority\\system'],
    ['Nt Authority\\Local service'],
    ['NT Authority\\NetworkService'],
  ])('is an error for %s: hcsshim falls back to an interactive logon', (value) => {
    const user = value.split('\\')[1] ?? '';
    expect(runRule(accountDomainCase, as(value))).toEqual([
      { path: PATH, message: containing(`"NT AUTHORITY\\${user}"`) },
    ]);
    expect(accountDomainCase.severity).toBe('error');
    expect(accountDomainCase.stage).toBe('node');
  });

  it('reports a container override at its own path', () => {
    const template = hostProcessPod({
      containers: [
        {
          name: 'c',
          image: 'i:1',
          securityContext: { windowsOptions: { runAsUserName: 'nt authority\\system' } },
        },
      ],
    });
    expect(runRule(accountDomainCase, template).map((hit) => hit.path)).toEqual([
      'spec.containers[0].securityContext.windowsOptions.runAsUserName',
    ]);
  });

  it.each([['NT AUTHORITY\\system'], ['NT AUTHORITY\\LOCAL SERVICE'], ['hpc-localgroup']])(
    'is silent for %s (fact user-part-any-case)',
    (value) => {
      expect(runRule(accountDomainCase, as(value))).toEqual([]);
    },
  );

  it('is silent on a pod that is not HostProcess', () => {
    const template = pod({
      securityContext: { windowsOptions: { runAsUserName: 'nt authority\\system' } },
    });
    expect(runRule(accountDomainCase, template)).toEqual([]);
  });
});

describe('account-other-domain (fact other-domain-cannot-log-on)', () => {
  it.each([['CONTOSO\\svc-agent'], ['.\\agent'], ['BUILTIN\\Administrator']])(
    'is an error for %s',
    (value) => {
      expect(runRule(accountOtherDomain, as(value))).toEqual([
        { path: PATH, message: containing('interactive logon with no password') },
      ]);
    },
  );

  it.each([['NT AUTHORITY\\SYSTEM'], ['nt authority\\system'], ['hpc-localgroup']])(
    'leaves %s to the other rules',
    (value) => {
      expect(runRule(accountOtherDomain, as(value))).toEqual([]);
    },
  );
});

describe('usergroup-needs-containerd-1-7 (fact usergroups-need-containerd-1-7)', () => {
  it('is an error for a usergroup on containerd 1.6 nodes', () => {
    expect(runRule(usergroupNeedsContainerd17, as('hpc-localgroup'), CONTAINERD_16)).toEqual([
      { path: PATH, message: containing('containerd 1.6 ships hcsshim 0.9') },
    ]);
    expect(usergroupNeedsContainerd17.severity).toBe('error');
  });

  it.each([
    ['a usergroup on containerd 1.7+', 'hpc-localgroup', {}],
    ['a built-in account on containerd 1.6', 'NT AUTHORITY\\Local service', CONTAINERD_16],
  ])('is silent for %s', (_, value, options) => {
    expect(runRule(usergroupNeedsContainerd17, as(value), options)).toEqual([]);
  });
});

describe('usergroup-admin-rights (fact admin-groups)', () => {
  it.each([
    ['Administrators'],
    ['administrators'],
    ['Backup Operators'],
    ['Hyper-V Administrators'],
  ])('warns that %s makes the ephemeral user an administrator', (group) => {
    expect(runRule(usergroupAdminRights, as(group))).toEqual([
      { path: PATH, message: containing('effectively an administrator') },
    ]);
  });

  it.each([['hpc-localgroup'], ['Performance Log Users'], ['NT AUTHORITY\\SYSTEM']])(
    'is silent for %s',
    (value) => {
      expect(runRule(usergroupAdminRights, as(value))).toEqual([]);
    },
  );
});

describe('local-usergroup-prepare (fact bare-name-is-local-group)', () => {
  it('leaves containerd 1.6 nodes to usergroup-needs-containerd-1-7', () => {
    expect(runRule(localUsergroupPrepare, as('hpc-localgroup'), CONTAINERD_16)).toEqual([]);
  });

  it('says containerd creates one user per container in the existing group', () => {
    expect(runRule(localUsergroupPrepare, as('hpc-localgroup'))).toEqual([
      { path: PATH, message: containing('for each container, named after the container id') },
    ]);
  });
});

describe('built-in-account-spelling (fact user-part-any-case)', () => {
  it.each([
    ['NT AUTHORITY\\LocalService', 'LocalService', 'NT AUTHORITY\\Local service'],
    ['NT AUTHORITY\\Network Service', 'NetworkService', 'NT AUTHORITY\\NetworkService'],
    ['NT AUTHORITY\\LocalSystem', 'LocalSystem', 'NT AUTHORITY\\SYSTEM'],
  ])('names %s as the %s account and gives the documented spelling', (value, title, documented) => {
    expect(runRule(builtInAccountSpelling, as(value))).toEqual([
      { path: PATH, message: containing(`the ${title} account`) },
    ]);
    expect(runRule(builtInAccountSpelling, as(value))[0]?.message).toContain(`"${documented}"`);
  });

  it.each([
    ['NT AUTHORITY\\system'],
    ['NT AUTHORITY\\LOCAL SERVICE'],
    ['NT AUTHORITY\\networkservice'],
    ['nt authority\\localservice'],
    ['hpc-localgroup'],
  ])('is silent for %s: letter case is fine, a wrong domain is another rule', (value) => {
    expect(runRule(builtInAccountSpelling, as(value))).toEqual([]);
  });
});
