import type { TooltipProps } from '@mui/material/Tooltip';
import { createElement } from 'react';

import { tooltipCode } from '@/ui/fields/tooltipCode';
import { useCodeAfterStart } from '@/ui/hooks/useCodeAfterStart';

/**
 * A Tooltip that shows its child alone until the tooltip code is in (just after start). Every
 * child here has its own accessible name, so nothing is lost meanwhile.
 */
export function Hint(props: TooltipProps) {
  const tooltip = useCodeAfterStart(tooltipCode);
  return tooltip ? createElement(tooltip, props) : props.children;
}
