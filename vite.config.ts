import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { cspMeta } from './scripts/vite/cspMeta.mjs';
import { lazyMuiDefaultThemes } from './scripts/vite/lazyMuiDefaultThemes.mjs';
import { precacheServiceWorker } from './scripts/vite/precacheServiceWorker.mjs';

const REACT = /node_modules[\\/](react|react-dom|scheduler)[\\/]|src[\\/]vendor[\\/]reactRuntime/;
/** emotion and MUI's style engine: split from MUI's components so neither runs for long at start. */
const EMOTION = /node_modules[\\/](@emotion|stylis|@mui[\\/]system|@mui[\\/]styled-engine)[\\/]/;
const MUI =
  /node_modules[\\/](@mui|@emotion|@babel|stylis|react-is|react-transition-group|clsx)[\\/]/;

// The regions a first visit loads right after the start-up chunks (src/ui/layout/islands.ts),
// each one chunk with what it alone imports (rolldown adds a captured module's imports). Left to
// itself, rolldown made a chunk of every set of modules that some regions share: a phone's first
// visit fetched 30 files, and each request costs the page's main thread a few milliseconds.
const region = (...paths: string[]) =>
  new RegExp(`src[\\\\/]ui[\\\\/](${paths.join('|').replaceAll('/', '[\\\\/]')})\\.tsx$`);
/** Both layouts show these at start: the header, the preset gallery, a section's stand-in. */
const FIRST_SCREEN = region(
  'header/AppHeader',
  'presets/PresetGallery',
  'layout/SectionPlaceholder',
);
const FIRST_SCREEN_MUI = /src[\\/]ui[\\/]layout[\\/]firstScreenMui\.ts$/;
/** MUI's helpers that many regions share (transitions, hooks, utilities) go with the first screen's MUI. */
const MUI_SHARED =
  /node_modules[\\/](@mui[\\/](utils|system)|@mui[\\/]material[\\/](utils|internal|transitions|styles|Grow|Portal)|react-transition-group)[\\/]/;

// `base: './'` makes the built site work from any static host or sub-path.
export default defineConfig({
  base: './',
  // The CSP comes from public/_headers; sw.js gets the list of built files to precache.
  plugins: [
    react(),
    cspMeta(fileURLToPath(new URL('./public/_headers', import.meta.url))),
    precacheServiceWorker(),
    lazyMuiDefaultThemes(),
  ],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 800,
    // No preload helper around dynamic imports: it scans every <link> of the page for each
    // dependency of each import, which took a quarter of the start-up script time on a phone.
    // The app preloads the chunks its first screen needs itself (src/ui/layout/islands.ts).
    modulePreload: false,
    // Everything the entry imports statically loads at once: a few chunks, not a dozen small ones
    // (each would be compressed and requested on its own), and not one either: the prerendered
    // page's loader runs them one per task (scripts/prerender.mjs), so none holds the page long.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: REACT, tags: ['$initial'], priority: 10 },
            { name: 'emotion', test: EMOTION, tags: ['$initial'], priority: 9 },
            { name: 'mui', test: MUI, tags: ['$initial'], priority: 8 },
            { name: 'start', tags: ['$initial'], priority: 7 },
            // A module two of these need goes to the one of higher priority.
            // Its MUI components first, in a chunk and task of their own (src/ui/layout/islands.ts).
            {
              name: 'first-screen-mui',
              test: (id) => FIRST_SCREEN_MUI.test(id) || MUI_SHARED.test(id),
              priority: 6,
            },
            { name: 'first-screen', test: FIRST_SCREEN, priority: 5 },
            { name: 'phone', test: region('layout/MobileLayout'), priority: 4 },
            { name: 'form', test: region('layout/FormSections'), priority: 3 },
            { name: 'output', test: region('layout/OutputPane'), priority: 2 },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
});
