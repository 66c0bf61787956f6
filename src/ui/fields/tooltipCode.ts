import type { TooltipProps } from '@mui/material/Tooltip';

import { preloadable } from '@/ui/layout/preloadable';

/** MUI's Tooltip (with Popper and @popperjs/core): a chunk of its own, loaded after start. */
export const tooltipCode = preloadable<TooltipProps>(() =>
  import('@mui/material/Tooltip').then((m) => m.default),
);
