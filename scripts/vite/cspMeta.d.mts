import type { Plugin } from 'vite';
/** Writes the `_headers` Content-Security-Policy into the built index.html as a <meta>. */
export function cspMeta(headersFile: string): Plugin;
