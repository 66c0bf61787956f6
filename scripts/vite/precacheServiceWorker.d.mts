import type { Plugin } from 'vite';
/** The line of `public/sw.js` that the build replaces with the real precache manifest. */
export const PRECACHE_PLACEHOLDER: string;
/** Every file of a built site to precache (relative URLs) and a content-hash version. */
export function precacheManifest(outDir: string): { version: string; files: string[] };
/** Writes the precache manifest into the built `sw.js`. */
export function precacheServiceWorker(): Plugin;
export declare function refreshPrecacheManifest(outDir: string): void;
