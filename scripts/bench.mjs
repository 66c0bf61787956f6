#!/usr/bin/env node
// `npm run bench [-- --check] [-- --no-build]`: measures the production build in headless Chromium
// and the pure core in Node, prints a table and writes bench/results.json. With --check, exits 1
// when a budget is missed or cannot be measured. Anything not built yet is reported as n/a.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { deflateRawSync, gzipSync } from 'node:zlib';

import { chromium } from '@playwright/test';

import {
  editorKeystrokeProbe,
  firstRenderProbe,
  keystrokeProbe,
  probeScript,
} from './bench/pageProbes.mjs';
import { startStaticServer } from './serve-subpath';
import { chromiumLaunchOptions } from './chromiumLaunch';

const DIST = 'dist';
const KB = 1024;
const RENDER_RUNS = 5;
const KEYSTROKES = 100;
const KEYSTROKE_TIMEOUT = 10_000;

/** The budgets; `measure` picks the figure out of the results. */
const BUDGETS = [
  {
    name: 'initial JS (gzip)',
    limit: 200 * KB,
    unit: 'bytes',
    measure: (r) => r.sizes?.initial.js.gzip ?? null,
  },
  {
    name: 'editor chunk (gzip)',
    limit: 150 * KB,
    unit: 'bytes',
    measure: (r) =>
      [...(r.sizes?.deferred.js.files ?? []), ...(r.sizes?.lazy ?? [])].find((f) =>
        f.file.includes('YamlEditor'),
      )?.gzip ?? null,
  },
  {
    name: 'keystroke p95, docs example (commit)',
    limit: 8,
    unit: 'ms',
    measure: (r) => r.keystroke.docs?.commit.p95 ?? null,
  },
  {
    name: 'editor keystroke p95, docs example (commit)',
    limit: 16,
    unit: 'ms',
    measure: (r) => r.keystroke.editor?.commit.p95 ?? null,
  },
  {
    name: 'keystroke p95, stress draft (commit)',
    limit: 50,
    unit: 'ms',
    measure: (r) => r.keystroke.stress?.commit.p95 ?? null,
  },
  {
    name: 'keystroke p95, 5,000 containers (commit)',
    limit: 200,
    unit: 'ms',
    measure: (r) => r.keystroke.many?.commit?.p95 ?? null,
  },
  {
    name: 'validate median, stress draft',
    limit: 2,
    unit: 'ms',
    measure: (r) => r.core?.core.stress?.validate ?? null,
  },
];

const args = new Set(process.argv.slice(2));
const notes = [];

// ---------------------------------------------------------------------------------------------
// Statistics and formatting

function percentile(values, p) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

const round = (value, digits = 2) => (value === null ? null : Number(value.toFixed(digits)));
const ms = (value) => (value === null || value === undefined ? 'n/a' : `${value.toFixed(2)} ms`);
const kb = (bytes) =>
  bytes === null || bytes === undefined ? 'n/a' : `${(bytes / KB).toFixed(1)} KB`;

function table(title, rows) {
  const widths = rows[0].map((_, column) =>
    Math.max(...rows.map((row) => String(row[column]).length)),
  );
  const line = (row) =>
    row
      .map((cell, column) =>
        column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]),
      )
      .join('  ');
  console.log(`\n${title}`);
  console.log(line(rows[0]));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows.slice(1)) console.log(line(row));
}

// ---------------------------------------------------------------------------------------------
// Build and bytes

function build() {
  if (args.has('--no-build') && existsSync(join(DIST, 'index.html'))) return true;
  try {
    execFileSync('npm', ['run', '-s', 'build:site'], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    return true;
  } catch {
    notes.push('vite build failed: browser figures are n/a (see the error above).');
    return (
      existsSync(join(DIST, 'index.html')) && !notes.push('Measured the previous dist/ instead.')
    );
  }
}

function bytesOf(file) {
  const raw = readFileSync(join(DIST, file));
  return { file, raw: raw.length, gzip: gzipSync(raw, { level: 9 }).length };
}

function sum(entries) {
  return entries.reduce((total, e) => ({ raw: total.raw + e.raw, gzip: total.gzip + e.gzip }), {
    raw: 0,
    gzip: 0,
  });
}

/**
 * Bytes of a first visit, from the files the page requested (`measureStartupFiles`): the JS and
 * CSS fetched before the app answers input ("initial"), those fetched after that without any
 * interaction ("deferred"), and every other chunk ("lazy", loaded on demand).
 */
function measureSizes(startup) {
  const assets = readdirSync(join(DIST, 'assets'))
    .map((name) => `assets/${name}`)
    .filter((file) => /\.(m?js|css)$/.test(file));
  const initial = new Set(startup.beforeReady);
  const deferred = new Set(startup.afterReady.filter((file) => !initial.has(file)));
  const group = (files) => {
    const entries = [...files].map(bytesOf).sort((a, b) => b.gzip - a.gzip);
    return { ...sum(entries), files: entries };
  };
  const isJs = (file) => /\.m?js$/.test(file);
  const isCss = (file) => file.endsWith('.css');
  return {
    initial: {
      js: group([...initial].filter(isJs)),
      css: group([...initial].filter(isCss)),
    },
    deferred: { js: group([...deferred].filter(isJs)) },
    lazy: assets
      .filter((file) => !initial.has(file) && !deferred.has(file))
      .map(bytesOf)
      .sort((a, b) => b.gzip - a.gzip),
  };
}

/**
 * Sizes of the layout whose first visit loads the most JS before the app answers input (the one
 * the budget applies to), with the other layout's initial JS for the report.
 */
function layoutSizes(startup) {
  const measured = Object.entries(startup ?? {})
    .filter(([, files]) => files)
    .map(([layout, files]) => ({ layout, ...measureSizes(files) }));
  if (measured.length === 0) return null;
  measured.sort((a, b) => b.initial.js.gzip - a.initial.js.gzip);
  const [largest, ...others] = measured;
  return {
    ...largest,
    otherLayouts: others.map((o) => ({ layout: o.layout, initialJs: o.initial.js })),
  };
}

/** The two layouts a first visit can get; each loads a different set of files. */
const STARTUP_VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
};

/**
 * The built files a first visit requests in one layout: before the app answers input, and after
 * that until the network is idle, without any interaction.
 */
async function measureStartupFiles(browser, url, viewport) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached', timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  // The app marks the moment it answers input (src/ui/mountApp.tsx); resource timings say when
  // each file was requested.
  const requests = await page.evaluate(() => {
    const ready = performance.getEntriesByName('hpb:app-ready')[0]?.startTime ?? Infinity;
    return performance.getEntriesByType('resource').map((entry) => ({
      path: new URL(entry.name).pathname,
      beforeReady: entry.startTime < ready,
    }));
  });
  await context.close();
  const file = (path) => path.match(/\/(assets\/[^/]+)$/)?.[1];
  const beforeReady = requests.filter((r) => r.beforeReady).map((r) => file(r.path));
  const afterReady = requests.filter((r) => !r.beforeReady).map((r) => file(r.path));
  return { beforeReady: beforeReady.filter(Boolean), afterReady: afterReady.filter(Boolean) };
}

// ---------------------------------------------------------------------------------------------
// Core timings (Node)

function measureCore() {
  try {
    const out = execFileSync('npx', ['--no-install', 'tsx', 'scripts/bench/core.ts'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const result = JSON.parse(out.trim().split('\n').at(-1));
    for (const note of result.notes) notes.push(`core: ${note}`);
    return result;
  } catch (error) {
    notes.push(`core timings failed: ${error.message.split('\n')[0]}`);
    return null;
  }
}

// ---------------------------------------------------------------------------------------------
// Browser timings

async function newPage(browser) {
  // Fresh profile each time, no service worker: every figure is a first visit.
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => notes.push(`page error: ${error.message}`));
  return { context, page };
}

async function measureFirstRender(browser, url) {
  const runs = [];
  for (let i = 0; i < RENDER_RUNS; i++) {
    const { context, page } = await newPage(browser);
    await page.addInitScript(probeScript(firstRenderProbe));
    await page.goto(url);
    try {
      await page.waitForFunction(
        () =>
          window.__hpbFirstRender.formFrame !== null &&
          window.__hpbFirstRender.yamlFrame !== null &&
          window.__hpbFirstRender.interactive !== null,
        undefined,
        { timeout: 15_000 },
      );
      runs.push(await page.evaluate(() => ({ ...window.__hpbFirstRender })));
    } catch {
      notes.push('first render: the form or the YAML never appeared.');
    }
    await context.close();
  }
  const stat = (key) => round(median(runs.map((run) => run[key])));
  return {
    runs: runs.length,
    form: stat('form'),
    yaml: stat('yaml'),
    interactive: stat('interactive'),
    formFrame: stat('formFrame'),
    yamlFrame: stat('yamlFrame'),
  };
}

/**
 * Opens `url`, waits until the YAML editor shows `expectedText` (reported as `openMs`), then types into
 * the workload Name field (`inEditor`: after the name in the YAML editor): 50 characters, then 50
 * backspaces; one sample each. Stops early when a
 * keystroke takes longer than `KEYSTROKE_TIMEOUT` to reach the YAML editor.
 */
async function measureKeystrokes(browser, url, expectedText, openTimeout, inEditor = false) {
  const { context, page } = await newPage(browser);
  try {
    await page.addInitScript(probeScript(inEditor ? editorKeystrokeProbe : keystrokeProbe));
    const started = Date.now();
    await page.goto(url);
    const preview = page.getByRole('textbox', { name: 'YAML editor' });
    try {
      await preview.filter({ hasText: expectedText }).waitFor({ timeout: openTimeout });
    } catch {
      return {
        error: `the YAML editor did not show "${expectedText}" within ${openTimeout / 1000} s`,
      };
    }
    const openMs = Date.now() - started;
    notes.push(`${expectedText}: the YAML editor showed it ${openMs} ms after navigation.`);
    // The first-visit start screen (a dialog) would take the keystrokes: Escape keeps the draft.
    const dialog = page.getByRole('dialog');
    if (await dialog.isVisible()) {
      await page.keyboard.press('Escape');
      await dialog.waitFor({ state: 'hidden' });
    }
    if (inEditor) {
      // The cursor at the end of the workload's name in the YAML.
      await preview.getByText(`name: ${expectedText}`).first().click();
    } else {
      const name = page.getByRole('textbox', { name: 'Name', exact: true }).first();
      // focus(), not click(): a toast or tooltip over the field must not change what is measured.
      await name.focus();
    }
    await page.keyboard.press('End');
    await page.evaluate(() => window.__hpbKeystrokes.samples.splice(0));
    for (let i = 0; i < KEYSTROKES; i++) {
      await page.keyboard.press(i < KEYSTROKES / 2 ? 'x' : 'Backspace');
      const done = await page
        .waitForFunction((n) => window.__hpbKeystrokes.samples.length >= n, i + 1, {
          timeout: KEYSTROKE_TIMEOUT,
        })
        .then(() => true)
        .catch(() => false);
      if (!done) {
        notes.push(`keystroke ${i + 1} took over ${KEYSTROKE_TIMEOUT / 1000} s: stopped there.`);
        break;
      }
    }
    const { samples, stray } = await page.evaluate(() => window.__hpbKeystrokes);
    const summary = (key) => {
      const values = samples.map((s) => s[key]);
      return {
        p50: round(percentile(values, 50)),
        p95: round(percentile(values, 95)),
        max: round(Math.max(...values)),
      };
    };
    if (samples.length === 0) return { error: 'no keystroke updated the YAML editor', openMs };
    if (samples.length < KEYSTROKES) {
      notes.push(`keystrokes: only ${samples.length}/${KEYSTROKES} updated the YAML editor.`);
    }
    return {
      openMs,
      samples: samples.length,
      stray,
      commit: summary('commit'),
      frame: summary('frame'),
    };
  } finally {
    await context.close();
  }
}

async function measureBrowser(core) {
  const server = await startStaticServer({ root: DIST, base: '/' });
  const browser = await chromium.launch({
    ...chromiumLaunchOptions(),
  });
  // Each measurement on its own: one that fails leaves the others' figures.
  const attempt = async (label, measure) => {
    try {
      return await measure();
    } catch (error) {
      notes.push(`${label} failed: ${String(error?.message ?? error).split('\n')[0]}`);
      return null;
    }
  };
  try {
    const startup = {};
    for (const [layout, viewport] of Object.entries(STARTUP_VIEWPORTS)) {
      startup[layout] = await attempt(`startup files (${layout})`, () =>
        measureStartupFiles(browser, server.url, viewport),
      );
    }
    const firstRender = await attempt('first render', () =>
      measureFirstRender(browser, server.url),
    );
    const keystroke = { docs: null, stress: null, editor: null };
    const docs = await attempt('keystroke (docs example)', () =>
      measureKeystrokes(browser, server.url, 'hostprocess-example', 30_000),
    );
    if (docs?.error) notes.push(`keystroke (docs example): ${docs.error}`);
    else keystroke.docs = docs;
    const editor = await attempt('editor keystroke (docs example)', () =>
      measureKeystrokes(browser, server.url, 'hostprocess-example', 30_000, true),
    );
    if (editor?.error) notes.push(`editor keystroke (docs example): ${editor.error}`);
    else keystroke.editor = editor;
    const code = core?.shareCodes?.stress;
    if (!code) {
      notes.push('keystroke (stress): needs encodeShare to open the stress draft as a share link.');
    } else {
      const stress = await attempt('keystroke (stress)', () =>
        measureKeystrokes(browser, `${server.url}#/s/${code}`, 'stress-daemonset', 180_000),
      );
      if (stress?.error) {
        notes.push(`keystroke (stress, opened as a #/s/ share link): ${stress.error}`);
      } else keystroke.stress = stress;
    }
    // 5,000 containers, as a hand-made link: long lists must stay paged, not slow every keystroke.
    const many = JSON.stringify({
      workload: { name: 'five-thousand-containers' },
      containers: Array.from({ length: 5000 }, (_, i) => ({ name: `c${i}`, image: 'img:1' })),
    });
    const manyCode = `v1.${deflateRawSync(Buffer.from(many)).toString('base64url')}`;
    keystroke.many = await attempt('keystroke (5,000 containers)', () =>
      measureKeystrokes(
        browser,
        `${server.url}#/s/${manyCode}`,
        'five-thousand-containers',
        60_000,
      ),
    );
    return { startup, firstRender, keystroke };
  } finally {
    await browser.close();
    await server.close();
  }
}

// ---------------------------------------------------------------------------------------------

function report(results) {
  const { sizes, core, firstRender, keystroke } = results;
  if (sizes) {
    table(
      `Bytes of a first visit, ${sizes.layout} layout (gzip -9); the page paints without them`,
      [
        ['what', 'raw', 'gzip'],
        [
          `initial JS (before the app answers input), ${sizes.initial.js.files.length} files`,
          kb(sizes.initial.js.raw),
          kb(sizes.initial.js.gzip),
        ],
        ...sizes.otherLayouts.map((o) => [
          `  (${o.layout} layout: initial JS, ${o.initialJs.files.length} files)`,
          kb(o.initialJs.raw),
          kb(o.initialJs.gzip),
        ]),
        ['initial CSS', kb(sizes.initial.css.raw), kb(sizes.initial.css.gzip)],
        ...sizes.initial.js.files.map((f) => [`  ${f.file}`, kb(f.raw), kb(f.gzip)]),
        [
          'deferred JS (after start, no interaction)',
          kb(sizes.deferred.js.raw),
          kb(sizes.deferred.js.gzip),
        ],
        ...sizes.deferred.js.files.map((f) => [`  ${f.file}`, kb(f.raw), kb(f.gzip)]),
        ...sizes.lazy.map((f) => [`lazy ${f.file}`, kb(f.raw), kb(f.gzip)]),
      ],
    );
  }
  table(`First render, navigation start → visible (median of ${RENDER_RUNS})`, [
    ['element', 'committed', 'painted'],
    ['form', ms(firstRender?.form), ms(firstRender?.formFrame)],
    ['YAML', ms(firstRender?.yaml), ms(firstRender?.yamlFrame)],
    ['app answers input', ms(firstRender?.interactive), ''],
  ]);
  const keyRow = (label, k) => [
    label,
    k?.openMs === undefined ? 'n/a' : `${k.openMs} ms`,
    ms(k?.commit.p50),
    ms(k?.commit.p95),
    ms(k?.frame.p50),
    ms(k?.frame.p95),
  ];
  table(`Keystroke → YAML editor and findings (${KEYSTROKES} keystrokes)`, [
    ['draft', 'opened in', 'commit p50', 'commit p95', 'painted p50', 'painted p95'],
    keyRow('docs example', keystroke?.docs),
    keyRow('stress (50 containers)', keystroke?.stress),
    keyRow('5,000 containers', keystroke?.many?.error ? null : keystroke?.many),
  ]);
  table(`Keystroke in the YAML editor → form and findings (${KEYSTROKES} keystrokes)`, [
    ['draft', 'opened in', 'commit p50', 'commit p95', 'painted p50', 'painted p95'],
    keyRow('docs example', keystroke?.editor),
  ]);
  const c = (id, key) => ms(core?.core?.[id]?.[key]);
  table(`Core in Node (median of ${core?.runs ?? 200})`, [
    ['draft', 'toManifests+toYaml', 'validate', 'import'],
    ['docs example', c('docs', 'toManifestsAndYaml'), c('docs', 'validate'), c('docs', 'import')],
    ['stress', c('stress', 'toManifestsAndYaml'), c('stress', 'validate'), c('stress', 'import')],
  ]);
  table('Share-link length (characters of #/s/<code>)', [
    ['draft', 'length'],
    ...(results.shareLinks.length ? results.shareLinks : [{ id: 'presets', length: null }]).map(
      (l) => [l.id, l.length ?? 'n/a'],
    ),
  ]);
}

async function main() {
  const started = Date.now();
  if (loadavg()[0] > cpus().length) {
    notes.push(
      `the machine is busy (load ${loadavg()[0].toFixed(1)} on ${cpus().length} CPUs): timings are pessimistic.`,
    );
  }
  const built = build();
  const core = measureCore();
  let browser = {
    startup: null,
    firstRender: null,
    keystroke: { docs: null, stress: null, editor: null },
  };
  if (built) {
    try {
      browser = await measureBrowser(core);
    } catch (error) {
      notes.push(`browser measurements failed: ${error.message.split('\n')[0]}`);
    }
  }
  const sizes = layoutSizes(browser.startup);
  if (!sizes) notes.push('sizes: the startup files could not be recorded.');
  const hashLength = (code) => (code ? `#/s/${code}`.length : null);
  const shareLinks = [
    ...(core?.presetLinks ?? []).map((p) => ({ id: `preset ${p.id}`, length: hashLength(p.code) })),
    { id: 'docs example', length: hashLength(core?.shareCodes?.docs) },
    { id: 'stress draft', length: hashLength(core?.shareCodes?.stress) },
  ];
  if (!core?.presetLinks) notes.push('share links: presets or encodeShare not available yet.');

  const results = {
    date: new Date().toISOString(),
    machine: {
      node: process.version,
      platform: `${process.platform} ${process.arch}`,
      cpus: cpus().length,
      loadAverage: round(loadavg()[0]),
    },
    sizes,
    firstRender: browser.firstRender,
    keystroke: browser.keystroke,
    core: core ? { runs: core.runs, core: core.core, yamlBytes: core.yamlBytes } : null,
    shareLinks,
    budgets: [],
    notes,
  };
  results.budgets = BUDGETS.map((budget) => {
    const value = budget.measure(results);
    return {
      name: budget.name,
      limit: budget.limit,
      unit: budget.unit,
      value,
      ok: value !== null && value <= budget.limit,
    };
  });

  report(results);
  table('Budgets', [
    ['budget', 'limit', 'measured', ''],
    ...results.budgets.map((b) => {
      const show = b.unit === 'bytes' ? kb : ms;
      return [
        b.name,
        show(b.limit),
        show(b.value),
        b.value === null ? 'NOT MEASURED' : b.ok ? 'ok' : 'MISSED',
      ];
    }),
  ]);
  if (notes.length) console.log(`\nNotes:\n${notes.map((n) => `- ${n}`).join('\n')}`);

  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(`\nWrote bench/results.json in ${((Date.now() - started) / 1000).toFixed(1)} s.`);

  if (args.has('--check') && results.budgets.some((b) => !b.ok)) {
    console.error('Budget check failed.');
    process.exitCode = 1;
  }
}

await main();
