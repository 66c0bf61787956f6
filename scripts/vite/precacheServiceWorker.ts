import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

import type { Plugin } from 'vite';

/** The line of `public/sw.js` that the build replaces with the real precache manifest. */
export const PRECACHE_PLACEHOLDER = "const PRECACHE = { version: 'dev', files: [] };";

// Host configuration and the worker itself are never fetched by the page.
const NOT_PRECACHED = new Set(['sw.js', '_headers', '_redirects', 'robots.txt']);

/** @param {string} dir @returns {string[]} */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * The precache manifest for a built site: every file the app may load (relative URLs, so the
 * worker works from any sub-path) and a version that changes whenever any of them changes.
 */
export function precacheManifest(outDir: string): { version: string; files: string[] } {
  const files = listFiles(outDir)
    .map((file) => relative(outDir, file).split(sep).join('/'))
    .filter((file) => !NOT_PRECACHED.has(file))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(join(outDir, file)));
  return { version: hash.digest('hex').slice(0, 12), files: ['./', ...files] };
}

/**
 * Writes the precache manifest into the built `sw.js` once every file is on disk; fails the build
 * if the placeholder is gone.
 */
export function precacheServiceWorker(): Plugin {
  let outDir = 'dist';
  return {
    name: 'hpb:precache-service-worker',
    apply: 'build',
    configResolved(config) {
      outDir = join(config.root, config.build.outDir);
    },
    writeBundle: {
      // After Vite has copied public/ (sw.js comes from there) and written every chunk.
      order: 'post',
      sequential: true,
      handler() {
        const workerFile = join(outDir, 'sw.js');
        const source = readFileSync(workerFile, 'utf8');
        if (!source.includes(PRECACHE_PLACEHOLDER)) {
          throw new Error(`sw.js has no precache placeholder: ${PRECACHE_PLACEHOLDER}`);
        }
        const manifest = precacheManifest(outDir);
        writeFileSync(
          workerFile,
          source.replace(PRECACHE_PLACEHOLDER, `const PRECACHE = ${JSON.stringify(manifest)};`),
        );
      },
    },
  };
}

/**
 * Rewrites the precache manifest of an already built `sw.js`, after a later step (the prerender)
 * changed files, so the worker's version still changes with them.
 */
export function refreshPrecacheManifest(outDir: string): void {
  const workerFile = join(outDir, 'sw.js');
  const source = readFileSync(workerFile, 'utf8');
  const line = /^const PRECACHE = \{.*\};$/m;
  if (!line.test(source)) throw new Error('sw.js has no precache manifest to refresh');
  const manifest = precacheManifest(outDir);
  writeFileSync(
    workerFile,
    source.replace(line, () => `const PRECACHE = ${JSON.stringify(manifest)};`),
  );
}
