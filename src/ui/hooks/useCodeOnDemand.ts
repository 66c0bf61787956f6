import { useCallback, useState, type ComponentType } from 'react';

import { showNotice } from '@/state/noticeStore';
import type { Preloadable } from '@/ui/layout/preloadable';

/**
 * A part whose code loads when first needed (a dialog, on its button's click): `load()` starts
 * loading (once) and resolves `true` when `Component` is set; it then stays set. If the code
 * cannot be fetched (offline before the offline copy was made, or a new release replaced the
 * files), it says so and resolves `false`. `warm()` only fetches, for a pointer or focus on the
 * button just before the click.
 */
export function useCodeOnDemand<P extends object>(
  code: Preloadable<P>,
): { Component: ComponentType<P> | undefined; load: () => Promise<boolean>; warm: () => void } {
  const [Component, setComponent] = useState(() => code.current());
  const load = useCallback(
    () =>
      code.preload().then(
        () => {
          setComponent(() => code.current());
          return true;
        },
        () => {
          showNotice({
            severity: 'error',
            message: 'This part of the app could not be loaded. Check the connection and reload.',
          });
          return false;
        },
      ),
    [code],
  );
  const warm = useCallback(() => void code.preload().catch(() => undefined), [code]);
  return { Component, load, warm };
}
