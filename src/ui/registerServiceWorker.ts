/**
 * Registers the offline service worker (`public/sw.js`) in production builds. The URL is relative
 * to the page, so the worker's scope is the folder the site is served from, whatever its sub-path.
 * Browsers only allow workers in secure contexts (https, localhost); elsewhere the app simply
 * stays online-only.
 */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD) return;
  if (!window.isSecureContext || !('serviceWorker' in navigator)) return;
  if (location.protocol !== 'https:' && location.protocol !== 'http:') return;
  const register = () => {
    // Offline support is an enhancement: a failed registration leaves the app working online.
    navigator.serviceWorker.register('./sw.js').catch(() => undefined);
  };
  // After load, so installing the precache never competes with the first render.
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
