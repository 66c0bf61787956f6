import { afterEach, describe, expect, it, vi } from 'vitest';

import { afterStart, isStartingUp, setStartingUp } from '@/ui/startPhase';

afterEach(() => {
  setStartingUp(false);
  vi.useRealTimers();
});

describe('afterStart', () => {
  it('waits for the start, then runs one job per task, first jobs ahead of the waiting ones', async () => {
    vi.useFakeTimers();
    setStartingUp(true);
    expect(isStartingUp()).toBe(true);
    const ran: string[] = [];
    const done = [
      afterStart(() => ran.push('section')),
      afterStart(() => ran.push('tooltip')),
      afterStart(() => ran.push('outputs'), { first: true }),
    ];
    await vi.advanceTimersByTimeAsync(50);
    expect(ran).toEqual([]);

    setStartingUp(false);
    await vi.advanceTimersToNextTimerAsync();
    // One job per task: the timer queue is drained one step at a time.
    expect(ran).toEqual(['outputs']);
    await vi.advanceTimersToNextTimerAsync();
    expect(ran).toEqual(['outputs', 'section']);
    await vi.advanceTimersToNextTimerAsync();
    expect(ran).toEqual(['outputs', 'section', 'tooltip']);
    await expect(Promise.all(done)).resolves.toEqual([2, 3, 1]);
    // The queue is empty: the drain stops.
    await vi.advanceTimersToNextTimerAsync();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('runs soon outside start-up, and passes a job’s failure on', async () => {
    const result = await afterStart(() => Promise.resolve('loaded'));
    expect(result).toBe('loaded');
    await expect(
      afterStart(() => {
        throw new Error('chunk failed');
      }),
    ).rejects.toThrow('chunk failed');
  });
});
