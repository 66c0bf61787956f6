import { fileURLToPath } from 'node:url';

import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The build-time prerender: the app bundled for Node, run once by scripts/prerender.ts to write
// the first-visit page into dist/index.html. Never shipped.
export default defineConfig({
  plugins: [react()],
  // The browser runs production React, MUI and emotion: the prerender must produce the same
  // markup and class names, so it runs their production builds too.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  // Bundled whole, so Node never resolves MUI's or emotion's package entry points itself.
  ssr: { noExternal: true },
  build: {
    ssr: 'src/prerender/renderPages.tsx',
    outDir: 'dist-ssr',
    emptyOutDir: true,
    target: 'node20',
    sourcemap: false,
  },
});
