import { beforeEach, describe, expect, it, vi } from 'vitest';

import { patchSection } from '@/core/model/draftOps';
import { createDraft } from '@/core/model/draft';

import { AUTOSAVE_DELAY_MS, EDITOR_TEXT_KEY, restoreAutosave, startAutosave } from './autosave';
import { historyClock } from './draftSlice';
import { useAppStore } from './store';

let now = 0;
historyClock.now = () => now;

const store = () => useAppStore.getState();
const textEdited: ReturnType<typeof store>['actions']['textEdited'] = (...args) =>
  store().actions.textEdited(...args);
const editorText = () => ({ text: store().editorText, problem: store().textProblem });
const named = (name: string) => ({
  ...createDraft(),
  workload: { ...createDraft().workload, name },
});
const problem = { message: 'Not valid YAML at line 3', line: 3 };

beforeEach(() => {
  localStorage.clear();
  now = 0;
  store().actions.hydrate(createDraft());
  useAppStore.setState({ editorText: null, textProblem: null });
});

describe('text typed into the YAML editor', () => {
  it('becomes the draft, a burst of typing being one undo step', () => {
    const original = store().draft;
    for (const name of ['a', 'ab', 'abc']) {
      now += 100;
      textEdited(`name: ${name}`, { ok: true, draft: named(name) });
    }
    expect(store().draft.workload.name).toBe('abc');
    expect(store().editorText).toBe('name: abc');
    store().actions.undo();
    expect(store().draft).toBe(original);
    expect(store().editorText).toBeNull();
  });

  it('that cannot be read keeps the last draft that could, and says why', () => {
    textEdited('name: kept', { ok: true, draft: named('kept') });
    const kept = store().draft;
    textEdited('name: [broken', { ok: false, problem });
    expect(store().draft).toBe(kept);
    expect(editorText()).toEqual({ text: 'name: [broken', problem });
  });

  it('is forgotten when the form edits the draft', () => {
    textEdited('name: [broken', { ok: false, problem });
    store().actions.apply((d) => patchSection(d, 'workload', { name: 'from-the-form' }));
    expect(editorText()).toEqual({ text: null, problem: null });
  });

  it('is saved with the draft, readable or not, and comes back after a reload', () => {
    vi.useFakeTimers();
    const stop = startAutosave(localStorage, AUTOSAVE_DELAY_MS);
    textEdited('name: kept', { ok: true, draft: named('kept') });
    textEdited('name: [broken', { ok: false, problem });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(localStorage.getItem(EDITOR_TEXT_KEY)).toBe('name: [broken');
    stop();
    vi.useRealTimers();

    useAppStore.setState({ editorText: null, textProblem: null });
    store().actions.hydrate(createDraft());
    expect(restoreAutosave(localStorage)).toBe('restored');
    expect(store().draft.workload.name).toBe('kept');
    expect(store().editorText).toBe('name: [broken');
  });

  it('is not saved once the form rewrote it', () => {
    vi.useFakeTimers();
    const stop = startAutosave(localStorage, AUTOSAVE_DELAY_MS);
    textEdited('name: [broken', { ok: false, problem });
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    store().actions.apply((d) => patchSection(d, 'workload', { name: 'from-the-form' }));
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(localStorage.getItem(EDITOR_TEXT_KEY)).toBeNull();
    stop();
    vi.useRealTimers();
  });
});
