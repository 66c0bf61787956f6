import type { EmotionCache } from '@emotion/cache';
import { CacheProvider } from '@emotion/react';
import { StrictMode, useEffect } from 'react';

import { App } from '@/ui/App';
import { CrashBoundary } from '@/ui/CrashBoundary';
import { AppThemeProvider } from '@/ui/AppThemeProvider';
import { OutputsProvider } from '@/ui/OutputsProvider';
import { PrerenderedLayoutContext, type PrerenderedLayout } from '@/ui/hooks/useIsDesktop';

interface RootProps {
  /** emotion's style cache: the prerender's, or the browser's that adopts the prerendered styles. */
  emotionCache: EmotionCache;
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
export function Root({ emotionCache, layout, onMounted }: RootProps) {
  return (
    <StrictMode>
      <CacheProvider value={emotionCache}>
        <PrerenderedLayoutContext value={layout}>
          <AppThemeProvider>
            <CrashBoundary>
              <OutputsProvider>
                <App />
              </OutputsProvider>
            </CrashBoundary>
          </AppThemeProvider>
        </PrerenderedLayoutContext>
      </CacheProvider>
      <Mounted onMounted={onMounted} />
    </StrictMode>
  );
}
