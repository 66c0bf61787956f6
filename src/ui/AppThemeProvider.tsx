import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import type { ReactNode } from 'react';

import { useColorScheme } from '@/ui/hooks/useColorScheme';
import { appTheme } from '@/ui/theme';

/** Theme and baseline CSS for the scheme shown (the remembered light/dark/system choice). */
export function AppThemeProvider({ children }: { children: ReactNode }) {
  const scheme = useColorScheme();
  return (
    <ThemeProvider theme={appTheme(scheme)}>
      <CssBaseline enableColorScheme />
      {children}
    </ThemeProvider>
  );
}
