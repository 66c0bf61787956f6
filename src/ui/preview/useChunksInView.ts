import { startTransition, useEffect, useState, type RefObject } from 'react';

/** A screen above and below the viewport: a reader scrolling finds the text already coloured. */
const MARGIN = '100% 0px 100% 0px';

/**
 * The indexes (`data-chunk`) of the blocks inside `container` that are within a screen of the
 * viewport, starting with `initial` until the browser has said; null where there is no
 * IntersectionObserver (then every block counts as in view).
 */
export function useChunksInView(
  container: RefObject<HTMLElement | null>,
  chunkCount: number,
  initial: ReadonlySet<number>,
): ReadonlySet<number> | null {
  const [inView, setInView] = useState(initial);
  const observable = typeof IntersectionObserver === 'function';
  useEffect(() => {
    const root = container.current;
    if (!root || !observable) return;
    const near = new Set<number>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          const index = Number((entry.target as HTMLElement).dataset.chunk);
          if (entry.isIntersecting) near.add(index);
          else near.delete(index);
        }
        // Colouring what scrolls into view must not hold up the scrolling.
        startTransition(() => setInView(new Set(near)));
      },
      { rootMargin: MARGIN },
    );
    for (const block of root.querySelectorAll('[data-chunk]')) observer.observe(block);
    return () => observer.disconnect();
  }, [container, chunkCount, observable]);
  return observable ? inView : null;
}
