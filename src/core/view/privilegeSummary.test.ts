import { describe, expect, it } from 'vitest';

import { createContainer, createDraft } from '@/core/model/draft';

import { toPrivilegeSummary } from './privilegeSummary';

describe('toPrivilegeSummary', () => {
  it('reports each container’s effective account and the most privileged one', () => {
    const draft = createDraft();
    draft.containers.push({
      ...createContainer('admin', 'x'),
      runAsUserName: 'NT AUTHORITY\\SYSTEM',
    });
    const summary = toPrivilegeSummary(draft);
    expect(summary.accounts.map((a) => [a.container, a.title])).toEqual([
      ['test', 'LocalService'],
      ['admin', 'LocalSystem'],
    ]);
    expect(summary.highest?.container).toBe('admin');
  });

  it('lists host paths and host ports as host access', () => {
    const draft = createDraft();
    draft.volumes.push({ name: 'logs', hostPath: { path: 'C:\\logs' } });
    draft.containers[0]!.ports.push({ containerPort: 9182, hostPort: 9182 });
    const { hostAccess } = toPrivilegeSummary(draft);
    expect(hostAccess).toHaveLength(3);
    expect(hostAccess[1]).toContain('C:\\logs');
    expect(hostAccess[2]).toContain('9182');
  });

  it('names the namespace label for the level the validator found', () => {
    const summary = toPrivilegeSummary(createDraft(), {
      podSecurityLevel: 'privileged',
      failingChecks: [
        { check: 'windowsHostProcess', reason: 'hostProcess', detail: 'pod must not set …' },
      ],
    });
    expect(summary.namespaceLabel).toBe('pod-security.kubernetes.io/enforce: privileged');
    expect(summary.failingChecks).toEqual(['hostProcess: pod must not set …']);
  });
});
