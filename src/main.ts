// The page arrives prerendered: the browser paints it before the app's code is fetched and run.
// Measured with `npm run lighthouse` (mobile, slow 4G simulated): fetching the app's scripts
// alongside the page delays the first paint about 2 s → 1 s and costs several performance points.
const start = () => void import('./start');
if (document.visibilityState === 'visible') requestAnimationFrame(() => setTimeout(start));
else start();
