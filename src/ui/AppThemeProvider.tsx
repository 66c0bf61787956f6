import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import type { ReactNode } from 'react';

import { theme } from '@/ui/theme';

/** Theme, baseline CSS and the remembered light/dark/system choice. */
export function AppThemeProvider({ children }: { children: ReactNode }) {
  return (
    <ThemeProvider theme={theme} defaultMode="system" modeStorageKey="hpb-theme">
      <CssBaseline enableColorScheme />
      {children}
    </ThemeProvider>
  );
}
