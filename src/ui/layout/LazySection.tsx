import type { ComponentType } from 'react';

import { useCodeAfterStart } from '@/ui/hooks/useCodeAfterStart';
import { preloadable } from '@/ui/layout/preloadable';
import { SectionPlaceholder } from '@/ui/layout/SectionPlaceholder';

/** A section whose code is a chunk of its own. */
export interface LazySectionComponent {
  (): React.JSX.Element;
  /** Starts loading the section's code (once). */
  preload: () => Promise<unknown>;
}

/**
 * A section whose code is a chunk of its own, loaded after start (it is below the fold). Until
 * it is in, a card of similar height with the same id and heading stands in, so navigation and
 * scrolling work at once. The prerendered page holds that card too.
 */
export function lazySection(
  id: string,
  title: string,
  minHeight: number,
  load: () => Promise<{ default: ComponentType }>,
): LazySectionComponent {
  const code = preloadable<object>(() => load().then((module) => module.default));
  function LazySection() {
    const Section = useCodeAfterStart(code);
    return Section ? (
      <Section />
    ) : (
      <SectionPlaceholder id={id} title={title} minHeight={minHeight} />
    );
  }
  LazySection.displayName = `Lazy(${title})`;
  LazySection.preload = code.preload;
  return LazySection;
}
