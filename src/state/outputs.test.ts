import { beforeEach, describe, expect, it, vi } from 'vitest';

// The want/load handshake keeps module state: each test gets a fresh copy of the module.
async function freshOutputs() {
  vi.resetModules();
  return import('./outputs');
}

describe('wantOutputs / onOutputsWanted', () => {
  beforeEach(() => vi.resetModules());

  it('does not load the outputs until something shows them', async () => {
    const { onOutputsWanted, wantOutputs } = await freshOutputs();
    const load = vi.fn();
    onOutputsWanted(load);
    expect(load).not.toHaveBeenCalled();
    wantOutputs();
    wantOutputs();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('loads them as soon as the loader is known when they were wanted before', async () => {
    const { onOutputsWanted, wantOutputs } = await freshOutputs();
    wantOutputs();
    const load = vi.fn();
    onOutputsWanted(load);
    expect(load).toHaveBeenCalledTimes(1);
  });
});
