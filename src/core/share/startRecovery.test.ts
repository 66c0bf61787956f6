import { describe, expect, it } from 'vitest';

import { createDraft } from '@/core/model/draft';

import { encodeSavedDraft } from './savedDraft';
import { encodeCrash, planStart } from './startRecovery';

const named = (name: string) => ({
  ...createDraft(),
  workload: { ...createDraft().workload, name },
});

describe('planStart', () => {
  it('opens the saved draft quietly after a normal visit', () => {
    const plan = planStart(encodeSavedDraft(named('mine')), null);
    expect(plan.draft?.workload.name).toBe('mine');
    expect(plan.notice).toBeUndefined();
    expect(plan.moveAside).toBe(false);
  });

  it('after a crash, opens the last draft that worked and says what happened', () => {
    const plan = planStart(
      encodeSavedDraft(named('good')),
      encodeCrash(new RangeError('Maximum call stack size exceeded')),
    );
    expect(plan.draft?.workload.name).toBe('good');
    expect(plan.notice).toEqual({
      severity: 'warning',
      message: expect.stringMatching(
        /stopped on an error last time \(Maximum call stack size exceeded\)\. It reopened your last draft that worked/,
      ) as string,
    });
  });

  it('after a crash with nothing saved, starts a new draft and says so', () => {
    const plan = planStart(null, encodeCrash('boom'));
    expect(plan.draft).toBeNull();
    expect(plan.notice?.message).toMatch(/boom.*new one/);
  });

  it('moves unreadable content aside and offers it for download', () => {
    const plan = planStart('{"app":"hostprocess-pod-b', null);
    expect(plan).toMatchObject({
      draft: null,
      moveAside: true,
      notice: {
        download: { filename: 'unreadable-draft.json', text: '{"app":"hostprocess-pod-b' },
      },
    });
  });

  it('treats a damaged crash record as a crash with an unknown error', () => {
    expect(planStart(null, '{oops').notice?.message).toMatch(/unknown error/);
  });
});
