import { startTransition, useEffect, useState, type ComponentType } from 'react';

import type { Preloadable } from '@/ui/layout/preloadable';
import { afterStart, isStartingUp } from '@/ui/startPhase';

/**
 * A part of the page whose code loads after the app has started (a section below the fold,
 * suggestions): `undefined` until it is in, then its component, swapped in as a
 * transition in a task of its own, so it never blocks input. Outside start-up, code that is already in is used at once.
 */
export function useCodeAfterStart<P extends object>(
  code: Preloadable<P>,
): ComponentType<P> | undefined {
  const [component, setComponent] = useState(() => (isStartingUp() ? undefined : code.current()));
  useEffect(() => {
    if (component) return;
    let live = true;
    // Loaded, the swap waits for its own turn: a dozen parts swapped in together (sections,
    // suggestions) made one commit long enough to hold a phone's main thread.
    void afterStart(() => code.preload()).then(() =>
      afterStart(() => {
        const loaded = code.current();
        if (live && loaded) startTransition(() => setComponent(() => loaded));
      }),
    );
    return () => {
      live = false;
    };
  }, [code, component]);
  return component;
}
