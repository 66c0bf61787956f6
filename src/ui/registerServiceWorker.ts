/**
 * Registers the offline service worker (`public/sw.js`) in production builds once the page is
 * idle: installing it fetches every built file, which on a phone would
 * compete with the app's start for the CPU. The URL is relative to the page, so the worker's scope
 * is the folder the site is served from, whatever its sub-path. Browsers only allow workers in
 * secure contexts (https, localhost); elsewhere the app simply stays online-only.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD) return;
  if (!window.isSecureContext || !('serviceWorker' in navigator)) return;
  if (location.protocol !== 'https:' && location.protocol !== 'http:') return;
  const register = () => {
    // Offline support is an enhancement: a failed registration leaves the app working online.
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(register, { timeout: 3000 });
  else setTimeout(register, 1000);
}
