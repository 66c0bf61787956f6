import { startTransition, useContext, useEffect, useRef, useState, type RefObject } from 'react';

import { PrerenderedLayoutContext } from '@/ui/hooks/useIsDesktop';

/** One screen height below the viewport: a reader scrolling down finds the region rendered. */
const AHEAD = '0px 0px 100% 0px';

/**
 * Whether a region the prerendered page shows as a stand-in may render now: once it comes within
 * a screen of the viewport or focus enters it, and `prepare` (loading its code) has finished.
 * Until then its rendering costs a phone nothing at start-up. A page rendered afresh (a returning
 * visitor's draft) renders it at once: the region is then usually on screen.
 * `ref` goes on the stand-in's container. `byFocus` says focus entering it was what started it.
 */
export function useWhenNearScreen<T extends HTMLElement>(
  prepare: () => Promise<unknown>,
): { near: boolean; byFocus: boolean; ref: RefObject<T | null> } {
  const prerendered = useContext(PrerenderedLayoutContext) !== undefined;
  const [near, setNear] = useState(!prerendered);
  const [byFocus, setByFocus] = useState(false);
  const ref = useRef<T>(null);
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    let live = true;
    let started = false;
    const show = (focused: boolean) => {
      if (started) return;
      started = true;
      void prepare().then(() => {
        if (!live) return;
        // Focus must follow at once; otherwise the region renders in slices, input first.
        if (focused) {
          setByFocus(true);
          setNear(true);
        } else startTransition(() => setNear(true));
      });
    };
    const onFocus = () => show(true);
    element.addEventListener('focusin', onFocus);
    const observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver(
            (entries) => {
              if (entries.some((entry) => entry.isIntersecting)) show(false);
            },
            { rootMargin: AHEAD },
          )
        : undefined;
    // Without an observer (an old browser, a test without layout): at once.
    if (observer) observer.observe(element);
    else show(false);
    return () => {
      live = false;
      observer?.disconnect();
      element.removeEventListener('focusin', onFocus);
    };
  }, [near, prepare]);
  return { near, byFocus, ref };
}
