import { create } from 'zustand';

/** What the user picked in the header: follow the system, or always light or dark. */
export type ThemeMode = 'system' | 'light' | 'dark';
/** The colour scheme actually shown. */
export type ColorScheme = 'light' | 'dark';

/** The key MUI's colour-scheme manager used, so a choice made before this store is kept. */
const STORAGE_KEY = 'hpb-theme';
const DARK_QUERY = '(prefers-color-scheme: dark)';

function readStoredMode(): ThemeMode {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored === 'light' || stored === 'dark' ? stored : 'system';
  } catch {
    // Storage disabled: follow the system.
    return 'system';
  }
}

interface ThemeModeStore {
  mode: ThemeMode;
  setMode: (mode: ThemeMode) => void;
}

/** The light/dark/system choice, remembered across visits. */
export const useThemeModeStore = create<ThemeModeStore>()((set) => ({
  mode: readStoredMode(),
  setMode: (mode) => {
    set({ mode });
    try {
      localStorage.setItem(STORAGE_KEY, mode);
    } catch {
      // Storage full or disabled: the choice lasts for this visit only.
    }
  },
}));

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
  return resolveColorScheme(useThemeModeStore.getState().mode, systemPrefersDark());
}
