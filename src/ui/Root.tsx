import { StrictMode, useEffect } from 'react';

import { App } from '@/ui/App';
import { AppThemeProvider } from '@/ui/AppThemeProvider';
import { PrerenderedLayoutContext, type PrerenderedLayout } from '@/ui/hooks/useIsDesktop';

interface RootProps {
  /** The layout the page was prerendered for, when hydrating it or prerendering it. */
  layout?: PrerenderedLayout;
  /** Called once the app has mounted (after hydration, when hydrating). */
  onMounted?: () => void;
}

function Mounted({ onMounted }: { onMounted?: () => void }) {
  useEffect(() => onMounted?.(), [onMounted]);
  return null;
}

/**
 * The whole app, the same tree in the browser and in the build-time prerender, so the browser can
 * hydrate the prerendered page instead of building it again.
 */
export function Root({ layout, onMounted }: RootProps) {
  return (
    <StrictMode>
      <PrerenderedLayoutContext value={layout}>
        <AppThemeProvider>
          <App />
        </AppThemeProvider>
      </PrerenderedLayoutContext>
      <Mounted onMounted={onMounted} />
    </StrictMode>
  );
}
