import type { TooltipProps } from '@mui/material/Tooltip';
import { Suspense, useState } from 'react';

import { tooltipCode } from '@/ui/fields/tooltipCode';

/**
 * A Tooltip that shows its child alone until the tooltip code is in. Every child here has its own
 * accessible name, so nothing is lost meanwhile.
 */
export function Hint(props: TooltipProps) {
  // Chosen once per mount: switching between the two would remount the child.
  const [Tooltip] = useState(tooltipCode.current);
  if (Tooltip) return <Tooltip {...props} />;
  return (
    <Suspense fallback={props.children}>
      <tooltipCode.Lazy {...props} />
    </Suspense>
  );
}
