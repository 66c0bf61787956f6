import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { cspMeta } from './scripts/vite/cspMeta.mjs';
import { precacheServiceWorker } from './scripts/vite/precacheServiceWorker.mjs';

const REACT = /node_modules[\\/](react|react-dom|scheduler)[\\/]|src[\\/]vendor[\\/]reactRuntime/;
const MUI =
  /node_modules[\\/](@mui|@emotion|@babel|stylis|react-is|react-transition-group|clsx)[\\/]/;

// `base: './'` makes the built site work from any static host or sub-path.
export default defineConfig({
  base: './',
  // The CSP comes from public/_headers; sw.js gets the list of built files to precache.
  plugins: [
    react(),
    cspMeta(fileURLToPath(new URL('./public/_headers', import.meta.url))),
    precacheServiceWorker(),
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
            { name: 'react', test: REACT, tags: ['$initial'], priority: 3 },
            { name: 'mui', test: MUI, tags: ['$initial'], priority: 2 },
            { name: 'start', tags: ['$initial'], priority: 1 },
          ],
        },
      },
    },
  },
  preview: { port: 4173, strictPort: true },
});
