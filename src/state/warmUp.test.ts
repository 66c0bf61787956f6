import { afterEach, describe, expect, it, vi } from 'vitest';

import { toManifests } from '@/core/manifest/toManifests';

import { useDraftStore } from './draftStore';
import { warmUp } from './warmUp';

afterEach(() => {
  vi.useRealTimers();
});

describe('warmUp', () => {
  it('runs the loaded code once on the current draft, in a later task', async () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const done = warmUp(run);
    expect(run).not.toHaveBeenCalled();
    await vi.runAllTimersAsync();
    await done;
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith(toManifests(useDraftStore.getState().draft));
  });

  it('leaves a failing run to the UI, which reports it', async () => {
    await expect(
      warmUp(() => {
        throw new Error('broken checker');
      }),
    ).resolves.toBeUndefined();
  });
});
