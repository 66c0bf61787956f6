// Writes the first-visit page into dist/index.html, so a visitor sees the builder as soon as the
// HTML arrives; the app then hydrates it (src/start.tsx). Runs after `vite build` (the site) and
// `vite build --config vite.ssr.config.ts` (the app for Node). Fails on any error or warning
// React or MUI print while rendering.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import type * as RenderPages from '../src/prerender/renderPages';
import { writePrecacheManifest } from './precacheManifest';

const OUT_DIR = 'dist';
const ROOT = '<div id="root"></div>';

const problems: string[] = [];
for (const level of ['error', 'warn'] as const) {
  console[level] = (...args: unknown[]) => problems.push(args.map(String).join(' '));
}
const { renderPages, DESKTOP_MEDIA_QUERY } = (await import(
  pathToFileURL(resolve('dist-ssr', 'renderPages.js')).href
)) as typeof RenderPages;
const pages = await renderPages();
if (problems.length > 0) {
  process.stderr.write(`prerender: rendering printed problems:\n${problems.join('\n')}\n`);
  process.exit(1);
}

const indexFile = join(OUT_DIR, 'index.html');
const html = readFileSync(indexFile, 'utf8');
if (!html.includes(ROOT)) throw new Error(`${indexFile}: no empty ${ROOT} to prerender into`);
// Both layouts are in the page; this rule shows the one that fits until the app drops the other.
const layoutRule =
  `<style>@media not all and ${DESKTOP_MEDIA_QUERY}{[data-layout="desktop"]{display:none}}` +
  `@media ${DESKTOP_MEDIA_QUERY}{[data-layout="phone"]{display:none}}</style>`;
const page = html
  .replace('</head>', () => `${layoutRule}${pages.styles}</head>`)
  .replace(
    ROOT,
    () =>
      `<div id="root" data-layout="desktop">${pages.desktop}</div>` +
      `<div data-layout="phone">${pages.phone}</div>`,
  );
if (/css-[a-z0-9]+-Mui/.test(page)) {
  throw new Error('prerender: development class names in the page (NODE_ENV is not production)');
}
writeFileSync(indexFile, page);
writePrecacheManifest(OUT_DIR);
const kb = (text: string) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
console.log(`prerendered ${indexFile}: desktop ${kb(pages.desktop)}, phone ${kb(pages.phone)}`);
