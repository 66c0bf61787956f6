import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import Typography from '@mui/material/Typography';
import { lazy, Suspense, type ComponentType } from 'react';

/**
 * A section whose code loads after the first render. Until it is in, a card of similar height
 * with the same id and heading stands in, so navigation and scrolling work at once.
 */
export function lazySection(
  id: string,
  title: string,
  minHeight: number,
  load: () => Promise<{ default: ComponentType }>,
): ComponentType {
  const Section = lazy(load);
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
    return (
      <Suspense fallback={<Placeholder />}>
        <Section />
      </Suspense>
    );
  }
  LazySection.displayName = `Lazy(${title})`;
  return LazySection;
}
