import { useCallback, useState, type ComponentType } from 'react';

import type { Preloadable } from '@/ui/layout/preloadable';

/**
 * A part whose code loads when first needed (a dialog, on its button's click): `load()` starts
 * loading (once) and resolves when `Component` is set; it then stays set. `warm()` only fetches,
 * for a pointer or focus on the button just before the click.
 */
export function useCodeOnDemand<P extends object>(
  code: Preloadable<P>,
): { Component: ComponentType<P> | undefined; load: () => Promise<void>; warm: () => void } {
  const [Component, setComponent] = useState(() => code.current());
  const load = useCallback(
    () => code.preload().then(() => setComponent(() => code.current())),
    [code],
  );
  const warm = useCallback(() => void code.preload(), [code]);
  return { Component, load, warm };
}
