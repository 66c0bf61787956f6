import { StrictMode, useEffect } from 'react';
import { DerivedProvider } from '@/state/derived';
import { App } from '@/ui/App';
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
      {/* First, so the app is marked ready before the effects below start loading code. */}
      <Mounted onMounted={onMounted} />
      <PrerenderedLayoutContext value={layout}>
        <AppThemeProvider>
          <DerivedProvider>
            <App />
          </DerivedProvider>
        </AppThemeProvider>
      </PrerenderedLayoutContext>
    </StrictMode>
  );
}
