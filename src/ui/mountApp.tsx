import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';

import { desktopMediaQuery, type PrerenderedLayout } from '@/ui/hooks/useIsDesktop';
import { Root } from '@/ui/Root';
import { theme } from '@/ui/theme';

/** Set on `<html>` once the app has taken over the page and answers input. */
export const APP_READY_ATTRIBUTE = 'data-app-ready';

function markReady(): void {
  document.documentElement.setAttribute(APP_READY_ATTRIBUTE, '');
}

/**
 * Starts the app on the page. The built page holds the first-visit view prerendered for both
 * layouts (scripts/prerender.mjs); the one that fits the screen is kept and the other dropped.
 * When the app's state is what the prerender showed (`firstVisit`: no saved draft, no link, the
 * default target), React hydrates the kept markup in small slices, so the page never freezes;
 * otherwise the markup would show someone else's draft, so it is cleared and rendered afresh.
 */
export function mountApp(firstVisit: boolean, outputsLoaded: Promise<unknown>): void {
  const layout: PrerenderedLayout = window.matchMedia(
    desktopMediaQuery(theme.breakpoints.up('md')),
  ).matches
    ? 'desktop'
    : 'phone';
  const prerendered = [...document.querySelectorAll<HTMLElement>('[data-prerendered]')];
  const kept = prerendered.find((element) => element.dataset.prerendered === layout);
  for (const element of prerendered) if (element !== kept) element.remove();
  const container = kept ?? document.getElementById('root');
  if (!container) return;
  // From here on the app picks its layout itself, also when the window is resized.
  container.id = 'root';
  container.removeAttribute('data-prerendered');

  if (kept && firstVisit) {
    // The prerendered page shows the YAML and the findings: hydrate once they are in here too, so
    // nothing differs and nothing needs a second render.
    void outputsLoaded.then(() =>
      startTransition(() => {
        hydrateRoot(container, <Root layout={layout} onMounted={markReady} />, {
          // A mismatch is recovered by rendering afresh; say so, as a development aid and for tests.
          onRecoverableError: (error) => console.error('Hydration:', error),
        });
      }),
    );
    return;
  }
  container.replaceChildren();
  createRoot(container).render(<Root onMounted={markReady} />);
}
