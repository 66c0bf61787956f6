import useMediaQuery from '@mui/material/useMediaQuery';

import { useAppStore } from '@/state/store';
import type { ThemeMode } from '@/state/uiSlice';

/** The colour scheme actually shown. */
export type ColorScheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function resolve(mode: ThemeMode, prefersDark: boolean): ColorScheme {
  return mode === 'system' ? (prefersDark ? 'dark' : 'light') : mode;
}

/** The scheme shown right now, outside React. */
export function currentColorScheme(): ColorScheme {
  const prefersDark = typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
  return resolve(useAppStore.getState().themeMode, prefersDark);
}

/**
 * The scheme shown: the user's choice, or the system's while the choice is "system". The
 * prerendered page is light, so hydration reads light too (MUI's server snapshot is `false`).
 */
export function useColorScheme(): ColorScheme {
  return resolve(
    useAppStore((state) => state.themeMode),
    useMediaQuery(DARK_QUERY),
  );
}
