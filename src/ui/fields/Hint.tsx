import Tooltip from '@mui/material/Tooltip';
import type { ReactElement } from 'react';

// The gap between control and hint is the popper's offset rather than the hint's margin, so the
// element with the tooltip role starts below its control.
const BELOW = [{ name: 'offset', options: { offset: [0, 14] } }];

/**
 * A short text shown by a control on mouse hover or keyboard focus, and tied to it as its
 * description while shown. Its child must have an accessible name of its own. The hint renders
 * next to its control, so it stays inside the control's landmark.
 */
export function Hint({ title, children }: { title: string; children: ReactElement }) {
  return (
    <Tooltip
      title={title}
      describeChild
      enterDelay={100}
      leaveDelay={100}
      slotProps={{
        popper: { disablePortal: true, modifiers: BELOW },
        tooltip: { sx: { m: '0 !important' } },
      }}
    >
      {children}
    </Tooltip>
  );
}
