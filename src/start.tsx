import { startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { isDefaultTarget } from '@/core/validation/restoreTarget';
import { restoreAutosave, startAutosave } from '@/state/autosave';
import { appActions, useAppStore } from '@/state/store';
import { startUrlSync } from '@/state/urlSync';
import { currentColorScheme } from '@/ui/hooks/useColorScheme';
import { DESKTOP_MEDIA_QUERY } from '@/ui/hooks/useIsDesktop';
import { registerServiceWorker } from '@/ui/registerServiceWorker';
import { Root } from '@/ui/Root';

// Order matters: the saved draft first, so a link opened on top of it is one undo away from it;
// autosave before the link, so a draft opened from a link survives a reload untouched.
const restored = restoreAutosave();
startAutosave();
const { hadLink } = startUrlSync();
const firstVisit = restored === 'empty' && !hadLink;
if (!firstVisit) appActions().setStartScreenOpen(false);

/** Marks the moment the app answers input, for the e2e tests and the bench. */
function markReady(): void {
  performance.mark('hpb:app-ready');
  document.documentElement.setAttribute('data-app-ready', '');
  registerServiceWorker();
}

// The built page holds the first visit prerendered for both layouts (scripts/prerender.ts): the
// one that fits the screen is hydrated when it shows what the app would render (no saved draft,
// no link, the default target, light); otherwise the app renders afresh.
const layout = matchMedia(DESKTOP_MEDIA_QUERY).matches ? 'desktop' : 'phone';
const prerendered = [...document.querySelectorAll<HTMLElement>('[data-layout]')];
const kept = prerendered.find((element) => element.dataset.layout === layout);
for (const element of prerendered) if (element !== kept) element.remove();
// From here on the app picks its layout itself, also when the window is resized.
kept?.removeAttribute('data-layout');
const container = kept ?? document.getElementById('root');
const matches =
  firstVisit && isDefaultTarget(useAppStore.getState().target) && currentColorScheme() === 'light';
if (container && kept && matches) {
  // Hydrating as a transition lets React yield between components: the phone's start-up is then
  // short tasks rather than one long one (Total Blocking Time in `npm run lighthouse`).
  startTransition(() => {
    hydrateRoot(container, <Root onMounted={markReady} />);
  });
} else if (container) {
  container.replaceChildren();
  createRoot(container).render(<Root onMounted={markReady} />);
}
