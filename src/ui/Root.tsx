import { StrictMode, useEffect } from 'react';
import { DerivedProvider } from '@/state/derived';
import { App } from '@/ui/App';
import { CrashBoundary } from '@/ui/CrashBoundary';
import { AppThemeProvider } from '@/ui/AppThemeProvider';
import { PrerenderedLayoutContext, type Layout } from '@/ui/hooks/useIsDesktop';

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
  return (
    <StrictMode>
      <Mounted onMounted={onMounted} />
      <PrerenderedLayoutContext value={layout}>
        <AppThemeProvider>
          <CrashBoundary>
            <DerivedProvider>
              <App />
            </DerivedProvider>
          </CrashBoundary>
        </AppThemeProvider>
      </PrerenderedLayoutContext>
    </StrictMode>
  );
}
