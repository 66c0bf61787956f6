import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import { createDraft } from '@/core/model/draft';
import { AUTOSAVE_KEY, CRASH_KEY, crashRecovered, startAutosave } from '@/state/autosave';
import { useAppStore } from '@/state/store';

import { CrashBoundary } from './CrashBoundary';

const named = (name: string) => ({
  ...createDraft(),
  workload: { ...createDraft().workload, name },
});

/** Renders the draft's name, and fails on a draft named "bad" as a broken renderer would. */
function NameOrCrash() {
  const name = useAppStore((s) => s.draft.workload.name);
  if (name === 'bad') throw new RangeError('Maximum call stack size exceeded');
  return <p>draft {name}</p>;
}

let stop: () => void = () => undefined;
beforeEach(() => {
  localStorage.clear();
  useAppStore.getState().actions.hydrate(named('good'));
  vi.spyOn(console, 'error').mockImplementation(() => undefined);
});
afterEach(() => {
  stop();
  crashRecovered();
  vi.restoreAllMocks();
});

describe('CrashBoundary', () => {
  it('offers undo after a change that breaks rendering, and never saves the broken draft', async () => {
    stop = startAutosave(localStorage, 0);
    useAppStore.getState().actions.hydrate(named('good'));
    render(
      <CrashBoundary>
        <NameOrCrash />
      </CrashBoundary>,
    );
    expect(screen.getByText('draft good')).toBeInTheDocument();
    await act(() => new Promise((done) => setTimeout(done, 10)));
    expect(localStorage.getItem(AUTOSAVE_KEY)).toContain('"good"');

    act(() => useAppStore.getState().actions.load(named('bad')));
    expect(screen.getByRole('alert')).toHaveTextContent(
      /stopped on an error.*Maximum call stack size exceeded/,
    );
    expect(localStorage.getItem(CRASH_KEY)).toMatch(/Maximum call stack/);
    await act(() => new Promise((done) => setTimeout(done, 10)));
    expect(localStorage.getItem(AUTOSAVE_KEY)).toContain('"good"');

    await userEvent.click(screen.getByRole('button', { name: 'Undo the last change' }));
    expect(screen.getByText('draft good')).toBeInTheDocument();
    expect(localStorage.getItem(CRASH_KEY)).toBeNull();
  });

  it('starts a new draft, the broken one one undo away', async () => {
    render(
      <CrashBoundary>
        <NameOrCrash />
      </CrashBoundary>,
    );
    act(() => useAppStore.getState().actions.load(named('bad')));
    await userEvent.click(screen.getByRole('button', { name: 'Start a new draft' }));
    expect(screen.getByText(`draft ${createDraft().workload.name}`)).toBeInTheDocument();
    expect(useAppStore.getState().history.past.at(-1)?.workload.name).toBe('bad');
  });
});
