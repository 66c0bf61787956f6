import { Suspense, useState, type ComponentType } from 'react';

import { preloadable } from '@/ui/layout/preloadable';

/** A region of the page whose code is a chunk of its own. */
export interface Island {
  (): React.JSX.Element;
  /** Starts loading the region's code (once). */
  preload: () => Promise<unknown>;
}

/**
 * A region whose code is a chunk of its own, so the browser evaluates each region's code in a
 * separate short task instead of all of it in one long one. The app preloads the regions it
 * shows before it renders or hydrates (`preloadIslands`); a region whose code is in renders at
 * once, without a Suspense boundary (see `preloadable`).
 */
export function island(name: string, load: () => Promise<ComponentType>): Island {
  const code = preloadable<object>(load);
  function IslandRegion() {
    // Chosen once per mount: switching between the two would remount the region.
    const [Region] = useState(code.current);
    if (Region) return <Region />;
    return (
      <Suspense fallback={null}>
        <code.Lazy />
      </Suspense>
    );
  }
  IslandRegion.displayName = `Island(${name})`;
  IslandRegion.preload = code.preload;
  return IslandRegion;
}
