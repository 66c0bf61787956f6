import { describe, expect, it } from 'vitest';

import { createDraft } from '@/core/model/draft';
import { setPodUser } from '@/core/model/draftOps';
import { accountLabel, presetFacts } from '@/core/view/presetFacts';

describe('presetFacts', () => {
  it('names a built-in account by its title', () => {
    const draft = setPodUser(createDraft(), 'nt authority\\local service');
    expect(accountLabel(draft)).toBe('LocalService');
    expect(presetFacts(draft)).toBe(`${draft.workload.kind} · LocalService`);
  });

  it('names any other account as a local usergroup', () => {
    expect(accountLabel(setPodUser(createDraft(), 'hpc-group'))).toBe('Local usergroup hpc-group');
  });

  it('says when no account is set', () => {
    expect(accountLabel(setPodUser(createDraft(), '  '))).toBe('No account set');
  });
});
