import type { TooltipProps } from '@mui/material/Tooltip';
import { lazy, Suspense } from 'react';

// Tooltip brings Popper and @popperjs/core: loaded just after the first render, not before it.
const Tooltip = lazy(() => import('@mui/material/Tooltip'));

/**
 * A Tooltip that shows its child alone until the tooltip code is in (a moment after the first
 * render). Every child here has its own accessible name, so nothing is lost meanwhile.
 */
export function Hint(props: TooltipProps) {
  return (
    <Suspense fallback={props.children}>
      <Tooltip {...props} />
    </Suspense>
  );
}
