import Stack from '@mui/material/Stack';
import type { ReactNode } from 'react';

/** Fields side by side from the small breakpoint up, sharing the width equally; stacked on phones. */
export function FieldRow({ children }: { children: ReactNode }) {
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={2}
      sx={{ '& > *': { flex: { sm: '1 1 0' }, minWidth: 0 } }}
    >
      {children}
    </Stack>
  );
}
