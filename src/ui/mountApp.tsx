import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';

import { DESKTOP_MEDIA_QUERY, type PrerenderedLayout } from '@/ui/hooks/useIsDesktop';
import { hasDeferredMarkup } from '@/ui/deferredMarkup';
import { createBrowserEmotionCache } from '@/ui/emotionCache';
import { setStartingUp } from '@/ui/startPhase';
import { switchOnStartedStyles } from '@/ui/startedStyles';
import { preloadIslands } from '@/ui/layout/islands';
import { Root } from '@/ui/Root';
import { nextTask } from '@/ui/nextTask';
import { appTheme } from '@/ui/theme';
import { currentColorScheme } from '@/state/themeModeStore';

/** Set on `<html>` once the app has taken over the page and answers input. */
export const APP_READY_ATTRIBUTE = 'data-app-ready';
/** The performance mark of the same moment. */
export const APP_READY_MARK = 'hpb:app-ready';

/**
 * Starts the app on the page. The built page holds the first-visit view prerendered for both
 * layouts (scripts/prerender.mjs); the one that fits the screen is kept and the other dropped.
 * When the app's state is what the prerender showed (`firstVisit`: no saved draft, no link, the
 * default target), React hydrates the kept markup in small slices, so the page never freezes;
 * otherwise the markup would show someone else's draft, so it is cleared and rendered afresh.
 * `onStarted` runs once the app is mounted (after hydration, when hydrating).
 */
export function mountApp(firstVisit: boolean, onStarted: () => void): void {
  const markReady = () => {
    setStartingUp(false);
    // For the bench: what the page fetched before and after this point.
    performance.mark(APP_READY_MARK);
    document.documentElement.setAttribute(APP_READY_ATTRIBUTE, '');
    onStarted();
  };
  const layout: PrerenderedLayout = window.matchMedia(DESKTOP_MEDIA_QUERY).matches
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

  // The prerender is light: a dark page's class names differ, so it renders afresh; so does a
  // desktop layout whose markup the loader left as text (the screen was narrow then).
  const scheme = currentColorScheme();
  const hydrating = Boolean(kept && !hasDeferredMarkup(kept) && firstVisit && scheme === 'light');
  // Every region's code starts loading now, in parallel, and the started app's rules are switched
  // on. The theme and the style cache are made in tasks of their own once they are in: each is a
  // few milliseconds of a phone's time.
  const prepared = Promise.all([preloadIslands(layout, { hydrating }), switchOnStartedStyles()])
    .then(nextTask)
    .then(() => appTheme(scheme))
    .then(nextTask)
    .then(() => createBrowserEmotionCache());
  if (hydrating) {
    // With every region's code in, hydration is one pass, in slices; parts loaded after start
    // (`useCodeAfterStart`) keep what the prerender showed until then.
    setStartingUp(true);
    void prepared.then((emotionCache) =>
      startTransition(() => {
        // A mismatch would be recovered by rendering afresh and reported as an uncaught error
        // (React's default), which the e2e tests fail on.
        hydrateRoot(
          container,
          <Root layout={layout} emotionCache={emotionCache} onMounted={markReady} />,
        );
      }),
    );
    return;
  }
  container.replaceChildren();
  // With every region's code in, the page renders in one go instead of region by region.
  void prepared.then((emotionCache) =>
    createRoot(container).render(<Root emotionCache={emotionCache} onMounted={markReady} />),
  );
}
