import Box from '@mui/material/Box';
import type { ReactNode } from 'react';

import { MONO_FONT } from '@/ui/theme';

/** Code in the monospace font, wrapping anywhere (account names and paths have no spaces); `block` on its own line. */
export function Code({ children, block }: { children: ReactNode; block?: boolean }) {
  const sx = block ? { display: 'block', mt: 0.5, fontSize: 12.5 } : { fontSize: 13 };
  return (
    <Box component="code" sx={{ fontFamily: MONO_FONT, overflowWrap: 'anywhere', ...sx }}>
      {children}
    </Box>
  );
}
