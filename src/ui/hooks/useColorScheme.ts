import { useSyncExternalStore } from 'react';

import {
  resolveColorScheme,
  subscribeToSystemScheme,
  systemPrefersDark,
  useThemeModeStore,
  type ColorScheme,
} from '@/state/themeModeStore';

/**
 * The scheme shown: the user's choice, or the system's while the choice is "system". The
 * prerendered page is light, so hydration (only ever done in light, see mountApp) reads light too.
 */
export function useColorScheme(): ColorScheme {
  const mode = useThemeModeStore((state) => state.mode);
  const prefersDark = useSyncExternalStore(subscribeToSystemScheme, systemPrefersDark, () => false);
  return resolveColorScheme(mode, prefersDark);
}
