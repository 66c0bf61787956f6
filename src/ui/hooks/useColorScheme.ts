import { useSyncExternalStore } from 'react';
import { useAppStore } from '@/state/store';
import type { ThemeMode } from '@/state/uiSlice';

/** The colour scheme actually shown. */
export type ColorScheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

/** Whether the system asks for dark; false where there is no window (the build-time prerender). */
export function systemPrefersDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

/** Calls `onChange` when the system's light/dark preference changes; returns the unsubscribe. */
export function subscribeToSystemScheme(onChange: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(DARK_QUERY);
  query.addEventListener('change', onChange);
  return () => query.removeEventListener('change', onChange);
}

/** The scheme shown for a choice, given whether the system prefers dark. */
export function resolveColorScheme(mode: ThemeMode, prefersDark: boolean): ColorScheme {
  return mode === 'system' ? (prefersDark ? 'dark' : 'light') : mode;
}

/** The scheme shown right now, outside React. */
export function currentColorScheme(): ColorScheme {
  return resolveColorScheme(useAppStore.getState().themeMode, systemPrefersDark());
}

/**
 * The scheme shown: the user's choice, or the system's while the choice is "system". The
 * prerendered page is light, so hydration reads light too.
 */
export function useColorScheme(): ColorScheme {
  const mode = useAppStore((state) => state.themeMode);
  const prefersDark = useSyncExternalStore(subscribeToSystemScheme, systemPrefersDark, () => false);
  return resolveColorScheme(mode, prefersDark);
}
