import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { Suspense, useState, type ComponentType } from 'react';

import { preloadable } from '@/ui/layout/preloadable';

/** A section whose code is a chunk of its own. */
export interface LazySectionComponent {
  (): React.JSX.Element;
  /** Starts loading the section's code (once). */
  preload: () => Promise<unknown>;
}

/**
 * A section whose code is a chunk of its own, loaded with the page's regions (`preloadIslands`).
 * Until it is in, a card of similar height with the same id and heading stands in, so navigation
 * and scrolling work at once; once it is in, the section renders at once.
 */
export function lazySection(
  id: string,
  title: string,
  minHeight: number,
  load: () => Promise<{ default: ComponentType }>,
): LazySectionComponent {
  const code = preloadable<object>(() => load().then((module) => module.default));
  function Placeholder() {
    const headingId = `${id}-heading`;
    return (
      <Card
        component="section"
        id={id}
        aria-labelledby={headingId}
        aria-busy="true"
        variant="outlined"
        sx={{ minHeight }}
      >
        <CardContent>
          <Typography id={headingId} variant="h6" component="h2">
            {title}
          </Typography>
        </CardContent>
      </Card>
    );
  }
  function LazySection() {
    // Chosen once per mount: switching between the two would remount the section. No Suspense
    // boundary when the code is in, so hydration covers the section in the same pass (see island).
    const [Section] = useState(code.current);
    if (Section) return <Section />;
    return (
      <Suspense fallback={<Placeholder />}>
        <code.Lazy />
      </Suspense>
    );
  }
  LazySection.displayName = `Lazy(${title})`;
  LazySection.preload = code.preload;
  return LazySection;
}
