import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { cspMeta } from './scripts/vite/cspMeta';
import { precacheServiceWorker } from './scripts/vite/precacheServiceWorker';

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
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 800 },
  preview: { port: 4173, strictPort: true },
});
