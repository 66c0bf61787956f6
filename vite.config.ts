import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

import { siteHeaders } from './scripts/siteHeaders';

// `base: './'` makes the built site work from any static host or sub-path.
export default defineConfig({
  base: './',
  // The CSP and the response headers come from public/_headers.
  plugins: [react(), siteHeaders(fileURLToPath(new URL('./public/_headers', import.meta.url)))],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  build: { target: 'es2022', sourcemap: false, chunkSizeWarningLimit: 800 },
  preview: { port: 4173, strictPort: true },
});
