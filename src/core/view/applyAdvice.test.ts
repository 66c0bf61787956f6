import { describe, expect, it } from 'vitest';

import { adviseAccount } from '@/core/advisor/adviseAccount';
import { createContainer, createDraft } from '@/core/model/draft';

import { applyAdvice } from './applyAdvice';
import { PREPARER_NAME } from './nodePreparation';

function withHostPaths() {
  const draft = createDraft();
  draft.volumes = [{ name: 'logs', hostPath: { path: 'C:\\var\\log' } }];
  draft.containers = [
    { ...createContainer('agent', 'a:1'), volumeMounts: [{ name: 'logs', mountPath: 'C:\\logs' }] },
  ];
  return draft;
}

describe('applyAdvice', () => {
  it('writes the account, and for a usergroup the preparer init container when asked', () => {
    const draft = withHostPaths();
    const system = applyAdvice(draft, adviseAccount(['manage-disks'], draft));
    expect(system.user.runAsUserName).toBe('NT AUTHORITY\\SYSTEM');
    const advice = adviseAccount(['write-host-folders'], draft);
    expect(applyAdvice(draft, advice).initContainers).toStrictEqual([]);
    const prepared = applyAdvice(draft, advice, true);
    expect(prepared.user.runAsUserName).toBe('hpc-localgroup');
    expect(prepared.initContainers.map((c) => c.name)).toStrictEqual([PREPARER_NAME]);
  });
});
