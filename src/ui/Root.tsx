import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { StrictMode, useEffect } from 'react';
import { DerivedProvider } from '@/state/derived';
import { App } from '@/ui/App';
import { CrashBoundary } from '@/ui/CrashBoundary';
import { useColorScheme } from '@/ui/hooks/useColorScheme';
import { PrerenderedLayoutContext, type Layout } from '@/ui/hooks/useIsDesktop';
import { appTheme } from '@/ui/theme';

interface RootProps {
  /** The layout to render, when prerendering at build time. */
  layout?: Layout;
  /** Called once the app has mounted (after hydration, when hydrating). */
  onMounted?: () => void;
}

function Mounted({ onMounted }: { onMounted?: () => void }) {
  useEffect(() => onMounted?.(), [onMounted]);
  return null;
}

/** The whole app: the same tree in the browser and in the build-time prerender. */
export function Root({ layout, onMounted }: RootProps) {
  // The remembered light/dark/system choice.
  const scheme = useColorScheme();
  return (
    <StrictMode>
      <Mounted onMounted={onMounted} />
      <PrerenderedLayoutContext value={layout}>
        <ThemeProvider theme={appTheme(scheme)}>
          <CssBaseline enableColorScheme />
          <CrashBoundary>
            <DerivedProvider>
              <App />
            </DerivedProvider>
          </CrashBoundary>
        </ThemeProvider>
      </PrerenderedLayoutContext>
    </StrictMode>
  );
}
