#!/usr/bin/env node
// Writes the first-visit page into dist/index.html, so a visitor sees the whole builder as soon as
// the HTML arrives, before any script has run; the app then hydrates it (src/main.tsx).
//   1. `vite build` (the site) and `vite build --config vite.ssr.config.ts` (the app for Node);
//   2. `node scripts/prerender.mjs`: renders the page per layout and fills in the root element.
// Both layouts are in the page (the desktop's as text until the loader places it on a wide
// screen); CSS shows the one that fits the screen until the app keeps it and drops the other.
// Fails on any error or warning React or MUI print while rendering.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { evaluationOrder, staticImports } from './chunkOrder.mjs';
import {
  DEFERRED_MARKUP_ATTRIBUTE,
  DESKTOP_QUERY,
  STARTED_STYLES_ATTRIBUTE,
} from './prerenderLayout.mjs';
import { refreshPrecacheManifest } from './vite/precacheServiceWorker.mjs';

const OUT_DIR = 'dist';
const SSR_ENTRY = resolve('dist-ssr', 'renderPages.js');
const ROOT = '<div id="root"></div>';

const problems = [];
for (const level of /** @type {const} */ (['error', 'warn'])) {
  console[level] = (...args) => problems.push(args.map(String).join(' '));
}

const { renderPages } = await import(pathToFileURL(SSR_ENTRY).href);
const pages = await renderPages();
if (problems.length > 0) {
  process.stderr.write(`prerender: rendering printed problems:\n${problems.join('\n')}\n`);
  process.exit(1);
}

const indexFile = join(OUT_DIR, 'index.html');
const html = readFileSync(indexFile, 'utf8');
if (!html.includes(ROOT)) throw new Error(`${indexFile}: no empty ${ROOT} to prerender into`);
if (!html.includes('</head>')) throw new Error(`${indexFile}: no </head>`);

const layoutSwitch =
  `<style data-prerender-layout>` +
  `@media not all and ${DESKTOP_QUERY}{[data-prerendered="desktop"]{display:none}}` +
  `@media ${DESKTOP_QUERY}{[data-prerendered="phone"]{display:none}}` +
  `</style>`;
// The desktop's markup is text in a <noscript> (with scripts on, the browser reads it as one text
// node), so a phone does not build its elements before its first paint; the loader makes it the
// page on a wide screen. Without scripts, the browser renders it as the page.
if (/<\/noscript/i.test(pages.desktop))
  throw new Error('prerender: </noscript> in the desktop markup');
const body =
  `<div id="root" data-prerendered="desktop"><noscript ${DEFERRED_MARKUP_ATTRIBUTE}>${pages.desktop}</noscript></div>` +
  `<div id="root-phone" data-prerendered="phone">${pages.phone}</div>`;
const { globalStyleTags, firstPaint, desktop, started, ids } = pages.styles;
// The rules of either layout's first screen are one cacheable sheet (a large inline <style> made
// the task parsing the page several times longer); the rules only the started app uses load at
// low priority (media="not all") and are switched on by the app before it renders
// (src/ui/startedStyles.ts). Each file is named by its content.
const writeSheet = (name, css) => {
  const file = `${name}-${createHash('sha256').update(css).digest('base64url').slice(0, 8)}.css`;
  writeFileSync(join(OUT_DIR, 'assets', file), css);
  return `./assets/${file}`;
};
const styleSheets =
  `<link rel="stylesheet" href="${writeSheet('page', firstPaint + desktop)}" ${pages.stylesAttribute}="${ids.join(' ')}">` +
  `<link rel="stylesheet" href="${writeSheet('started', started)}" media="not all" ${STARTED_STYLES_ATTRIBUTE}>`;
const page = loadAfterFirstPaint(html)
  // `data-s` tells emotion the styles already sit where it wants them: without it, emotion moves
  // every one of them at start-up, and the browser restyles the whole page.
  .replace(
    '</head>',
    () =>
      `${globalStyleTags.replaceAll('<style data-emotion=', '<style data-s="" data-emotion=')}${styleSheets}${layoutSwitch}</head>`,
  )
  .replace(ROOT, () => body);
if (/css-[a-z0-9]+-Mui/.test(page)) {
  throw new Error('prerender: development class names in the page (NODE_ENV is not production)');
}
writeFileSync(indexFile, page);
refreshPrecacheManifest(OUT_DIR);

/**
 * The page is complete without scripts, so they must not compete with its first paint: the
 * entry script is replaced by a tiny loader that starts it right after it. The loader fetches the
 * entry's chunks together but runs them one per task, dependencies first (vite.config.ts splits
 * the start-up code into a few chunks): run as one, they held the page for one long task.
 * @param {string} text index.html as Vite wrote it
 */
function loadAfterFirstPaint(text) {
  const entry = /<script type="module" crossorigin src="\.\/assets\/([^"]+\.js)"><\/script>\s*/;
  const preload = /<link rel="modulepreload" crossorigin href="\.\/assets\/([^"]+\.js)">\s*/g;
  const entryFile = entry.exec(text)?.[1];
  if (!entryFile) throw new Error(`${indexFile}: no entry <script type="module"> to defer`);
  const chunks = evaluationOrder(entryFile, (file) =>
    staticImports(readFileSync(join(OUT_DIR, 'assets', file), 'utf8')),
  );
  const loader = [
    '// Starts the app after the prerendered page has painted (written by scripts/prerender.mjs).',
    // Runs once the page is parsed and its stylesheet is in, before the first paint. The markup
    // is the page's own, written at build time: no user data reaches innerHTML.
    'const desktop = document.querySelector(\'[data-prerendered="desktop"]\');',
    `const deferred = desktop?.querySelector(':scope > [${DEFERRED_MARKUP_ATTRIBUTE}]');`,
    `if (deferred && matchMedia('${DESKTOP_QUERY}').matches) desktop.innerHTML = deferred.textContent;`,
    'let started = false;',
    'const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));',
    'const start = async () => {',
    '  if (started) return;',
    '  started = true;',
    `  const chunks = ${JSON.stringify(chunks.map((file) => `./${file}`))};`,
    // Fetched and compiled in the background, together; run once compiled, one per task.
    '  const compiled = chunks.map((file) => {',
    "    const link = document.createElement('link');",
    "    link.rel = 'modulepreload';",
    '    link.href = new URL(file, import.meta.url).href;',
    '    const loaded = new Promise((resolve) => {',
    '      link.onload = link.onerror = resolve;',
    '    });',
    '    document.head.append(link);',
    '    return loaded;',
    '  });',
    '  for (const [index, file] of chunks.entries()) {',
    '    await compiled[index];',
    '    await nextTask();',
    '    await import(file);',
    '  }',
    '};',
    // Just before the next paint, queue the start for just after it; a hidden tab never
    // paints, so a timer starts it there.
    'requestAnimationFrame(() => setTimeout(start, 0));',
    'setTimeout(start, 500);',
    '',
  ].join('\n');
  const loaderFile = `boot-${createHash('sha256').update(loader).digest('base64url').slice(0, 8)}.js`;
  writeFileSync(join(OUT_DIR, 'assets', loaderFile), loader);
  return text.replace(preload, '').replace(
    entry,
    // Not low priority: on a wide screen the first paint waits for it (it places the markup).
    () => `<script type="module" src="./assets/${loaderFile}"></script>\n`,
  );
}

const kb = (text) => `${(Buffer.byteLength(text) / 1024).toFixed(1)} KB`;
console.log(
  `prerendered ${indexFile}: desktop ${kb(pages.desktop)}, phone ${kb(pages.phone)}, styles: page ${kb(globalStyleTags + firstPaint + desktop)}, started ${kb(started)}`,
);
