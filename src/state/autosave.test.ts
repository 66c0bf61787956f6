import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { patchSection } from '@/core/model/draftOps';
import { createDraft } from '@/core/model/draft';
import { encodeSavedDraft } from '@/core/share/savedDraft';

import {
  AUTOSAVE_DELAY_MS,
  AUTOSAVE_KEY,
  CRASH_KEY,
  UNREADABLE_KEY,
  crashRecovered,
  recordCrash,
  restoreAutosave,
  startAutosave,
} from './autosave';
import { useAppStore } from './store';

const store = () => useAppStore.getState();
const edit = (name: string) => store().actions.apply((d) => patchSection(d, 'workload', { name }));
const named = (name: string) => ({
  ...createDraft(),
  workload: { ...createDraft().workload, name },
});

beforeEach(() => {
  localStorage.clear();
  useAppStore.setState({ notice: null });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('restoreAutosave', () => {
  it('reports an empty storage and leaves the draft alone', () => {
    const before = store().draft;
    expect(restoreAutosave(localStorage)).toBe('empty');
    expect(store().draft).toBe(before);
    expect(useAppStore.getState().notice).toBeNull();
  });

  it('restores a saved draft without an undo step', () => {
    localStorage.setItem(AUTOSAVE_KEY, encodeSavedDraft(named('saved-one')));
    expect(restoreAutosave(localStorage)).toBe('restored');
    expect(store().draft.workload.name).toBe('saved-one');
    expect(store().history.past).toHaveLength(0);
  });

  it.each([
    ['corrupt JSON', '{"app":"hostprocess-pod-b'],
    ['another app', JSON.stringify({ theme: 'dark' })],
    ['a future envelope', JSON.stringify({ app: 'hostprocess-pod-builder', version: 99 })],
    ['a wrong draft', JSON.stringify({ app: 'hostprocess-pod-builder', version: 1, draft: 42 })],
    ['a hostile key', '{"app":"hostprocess-pod-builder","version":1,"__proto__":{"x":1}}'],
  ])('starts fresh with a message on %s, keeping the content aside', (_, content) => {
    const before = store().draft;
    localStorage.setItem(AUTOSAVE_KEY, content);
    expect(restoreAutosave(localStorage)).toBe('unreadable');
    expect(store().draft).toBe(before);
    expect(useAppStore.getState().notice?.message).toMatch(/could not be read/);
    expect(localStorage.getItem(UNREADABLE_KEY)).toBe(content);
    expect(localStorage.getItem(AUTOSAVE_KEY)).toBeNull();
  });

  it('survives a storage that throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    } as unknown as Storage;
    expect(restoreAutosave(throwing)).toBe('empty');
  });
});

describe('startAutosave', () => {
  it('writes once after a quiet period, not at every keystroke', () => {
    vi.useFakeTimers();
    const setItem = vi.spyOn(Storage.prototype, 'setItem');
    const stop = startAutosave(localStorage);
    edit('a');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 50);
    edit('ab');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS - 50);
    expect(setItem).not.toHaveBeenCalled();
    vi.advanceTimersByTime(100);
    expect(setItem).toHaveBeenCalledTimes(1);
    stop();
    setItem.mockRestore();
    store().actions.hydrate(createDraft());
    expect(restoreAutosave(localStorage)).toBe('restored');
    expect(store().draft.workload.name).toBe('ab');
  });

  it('writes a pending change at once when the page is hidden', () => {
    vi.useFakeTimers();
    const stop = startAutosave(localStorage);
    edit('leaving');
    window.dispatchEvent(new Event('pagehide'));
    expect(localStorage.getItem(AUTOSAVE_KEY)).toContain('leaving');
    stop();
  });

  it('tells the user once when the browser refuses to store', () => {
    vi.useFakeTimers();
    const full = {
      setItem: vi.fn(() => {
        throw new Error('QuotaExceededError');
      }),
    } as unknown as Storage;
    const stop = startAutosave(full);
    edit('x');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    expect(useAppStore.getState().notice?.message).toMatch(/refused to save/);
    stop();
  });

  it('after a crash, saves nothing more and the next start opens the last good draft with a notice', () => {
    vi.useFakeTimers();
    const stop = startAutosave(localStorage);
    edit('good');
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    edit('bad');
    recordCrash(new RangeError('Maximum call stack size exceeded'), localStorage);
    vi.advanceTimersByTime(AUTOSAVE_DELAY_MS);
    window.dispatchEvent(new Event('pagehide'));
    stop();
    store().actions.hydrate(createDraft());
    expect(restoreAutosave(localStorage)).toBe('restored');
    expect(store().draft.workload.name).toBe('good');
    expect(useAppStore.getState().notice?.message).toMatch(
      /stopped on an error last time \(Maximum call stack/,
    );
    expect(localStorage.getItem(CRASH_KEY)).toBeNull();
    crashRecovered(localStorage);
  });

  it('offers unreadable content for download from the notice', () => {
    localStorage.setItem(AUTOSAVE_KEY, '{"app":"hostprocess-pod-b');
    restoreAutosave(localStorage);
    expect(useAppStore.getState().notice?.download).toEqual({
      filename: 'unreadable-draft.json',
      text: '{"app":"hostprocess-pod-b',
    });
  });
});
