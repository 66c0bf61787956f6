import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

import {
  currentColorScheme,
  resolveColorScheme,
  subscribeToSystemScheme,
  useThemeModeStore,
} from './themeModeStore';

/** A matchMedia whose dark preference can be flipped, with its listeners. */
function fakeSystemScheme(prefersDark: boolean) {
  const listeners = new Set<() => void>();
  let dark = prefersDark;
  vi.stubGlobal('matchMedia', (query: string) => ({
    get matches() {
      return query === '(prefers-color-scheme: dark)' && dark;
    },
    addEventListener: (_: string, listener: () => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: () => void) => listeners.delete(listener),
  }));
  return {
    listeners,
    flip(next: boolean) {
      dark = next;
      for (const listener of listeners) listener();
    },
  };
}

beforeEach(() => {
  localStorage.clear();
  useThemeModeStore.setState({ mode: 'system' });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

describe('resolveColorScheme', () => {
  it('follows the system only while the choice is "system"', () => {
    expect(resolveColorScheme('system', true)).toBe('dark');
    expect(resolveColorScheme('system', false)).toBe('light');
    expect(resolveColorScheme('light', true)).toBe('light');
    expect(resolveColorScheme('dark', false)).toBe('dark');
  });
});

describe('the theme mode store', () => {
  it('remembers the choice under the key MUI used, so earlier choices are kept', () => {
    useThemeModeStore.getState().setMode('dark');
    expect(localStorage.getItem('hpb-theme')).toBe('dark');
    useThemeModeStore.getState().setMode('system');
    expect(localStorage.getItem('hpb-theme')).toBe('system');
  });

  it('reads a stored choice on start, and ignores foreign values', async () => {
    localStorage.setItem('hpb-theme', 'dark');
    vi.resetModules();
    const fresh = await import('./themeModeStore');
    expect(fresh.useThemeModeStore.getState().mode).toBe('dark');

    localStorage.setItem('hpb-theme', '<script>');
    vi.resetModules();
    const foreign = await import('./themeModeStore');
    expect(foreign.useThemeModeStore.getState().mode).toBe('system');
  });

  it('keeps working for the visit when storage refuses writes', () => {
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('QuotaExceededError');
    });
    useThemeModeStore.getState().setMode('light');
    expect(useThemeModeStore.getState().mode).toBe('light');
    vi.restoreAllMocks();
  });

  it('shows the system scheme under "system", and reports its changes', () => {
    const system = fakeSystemScheme(true);
    expect(currentColorScheme()).toBe('dark');
    const changed = vi.fn();
    const unsubscribe = subscribeToSystemScheme(changed);
    system.flip(false);
    expect(changed).toHaveBeenCalledTimes(1);
    expect(currentColorScheme()).toBe('light');
    unsubscribe();
    expect(system.listeners.size).toBe(0);
  });
});
