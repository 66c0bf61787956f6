import { afterEach, describe, expect, it } from 'vitest';

import { patchSection } from '@/core/model/draftOps';
import { createDraft } from '@/core/model/draft';
import { COALESCE_MS } from '@/core/history/undoHistory';

import { useAppStore } from './store';
import { historyClock } from './draftSlice';

let now = 0;
historyClock.now = () => now;
afterEach(() => {
  now = 0;
});

const store = () => useAppStore.getState();
const typeName = (text: string, gapMs: number) => {
  for (const char of text) {
    now += gapMs;
    store().actions.apply((d) =>
      patchSection(d, 'workload', { name: store().draft.workload.name + char }),
    );
  }
};

describe('draft store history', () => {
  it('has nothing to undo at first', () => {
    const before = store().draft;
    store().actions.undo();
    expect(store().draft).toBe(before);
  });

  it('undoes a burst of typing in one step, and redoes it', () => {
    const original = store().draft;
    typeName('-abc', 50);
    expect(store().draft.workload.name).toBe('hostprocess-example-abc');
    store().actions.undo();
    expect(store().draft).toBe(original);
    store().actions.redo();
    expect(store().draft.workload.name).toBe('hostprocess-example-abc');
  });

  it('splits typing separated by a pause into steps', () => {
    typeName('-a', 50);
    now += COALESCE_MS + 1;
    typeName('b', 50);
    store().actions.undo();
    expect(store().draft.workload.name).toBe('hostprocess-example-a');
  });

  it('makes every apply() an undoable edit', () => {
    const original = store().draft;
    store().actions.apply((draft) => ({ ...draft, containers: [] }));
    expect(store().draft.containers).toEqual([]);
    store().actions.undo();
    expect(store().draft).toBe(original);
  });

  it('records a load as its own step, never merged with typing around it', () => {
    typeName('-x', 10);
    const typed = store().draft;
    const loaded = { ...createDraft(), workload: { ...createDraft().workload, name: 'loaded' } };
    now += 1;
    store().actions.load(loaded);
    now += 1;
    store().actions.apply((d) => patchSection(d, 'workload', { name: 'loaded2' }));
    store().actions.undo();
    expect(store().draft).toBe(loaded);
    store().actions.undo();
    expect(store().draft).toBe(typed);
  });

  it('hydrate replaces the draft and forgets the history', () => {
    typeName('-y', 10);
    const restored = createDraft();
    store().actions.hydrate(restored);
    store().actions.undo();
    expect(store().draft).toBe(restored);
    expect(store().history.past).toHaveLength(0);
  });

  it('ignores an operation that changes nothing, even when it returns a new object', () => {
    const before = store().draft;
    store().actions.apply((draft) => draft);
    store().actions.apply((draft) => ({ ...draft, user: { ...draft.user } }));
    store().actions.apply((d) => patchSection(d, 'workload', { name: before.workload.name }));
    expect(store().history.past).toHaveLength(0);
    expect(store().draft).toBe(before);
  });

  it('patches workload through draftOps, dropping kept values the field overrides', () => {
    store().actions.hydrate({
      ...createDraft(),
      kept: { ...createDraft().kept, metadata: { name: 'from-import', uid: 'u' } },
    });
    store().actions.apply((d) => patchSection(d, 'workload', { name: 'typed' }));
    expect(store().draft.kept.metadata).toEqual({ uid: 'u' });
  });
});
