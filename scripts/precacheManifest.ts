import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, sep } from 'node:path';

/** The line of `sw.js` that holds the precache manifest (`public/sw.js` has an empty one). */
export const PRECACHE_LINE = /^const PRECACHE = \{.*\};$/m;

// Host configuration and the worker itself are never fetched by the page.
const NOT_PRECACHED = new Set(['sw.js', '_headers', '_redirects', 'robots.txt']);

/**
 * The precache manifest for a built site: every file the app may load (relative URLs, so the
 * worker works from any sub-path) and a version that changes whenever any of them changes.
 */
export function precacheManifest(outDir: string): { version: string; files: string[] } {
  const files = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(outDir, file)).isFile())
    .map((file) => file.split(sep).join('/'))
    .filter((file) => !NOT_PRECACHED.has(file))
    .sort();
  const hash = createHash('sha256');
  for (const file of files) hash.update(file).update(readFileSync(join(outDir, file)));
  return { version: hash.digest('hex').slice(0, 12), files: ['./', ...files] };
}

/** Writes the manifest into the built `sw.js`, once every file of the site is final. */
export function writePrecacheManifest(outDir: string): void {
  const workerFile = join(outDir, 'sw.js');
  const source = readFileSync(workerFile, 'utf8');
  if (!PRECACHE_LINE.test(source)) throw new Error('sw.js has no precache manifest line');
  const manifest = JSON.stringify(precacheManifest(outDir));
  writeFileSync(
    workerFile,
    source.replace(PRECACHE_LINE, () => `const PRECACHE = ${manifest};`),
  );
}
