// `npm run bench [-- --check] [-- --no-build]`: measures the production build in headless Chromium
// and the pure core in Node, prints the figures and the budgets, and writes bench/results.json.
// With --check, exits 1 when a budget is missed or could not be measured.
import { spawnSync, type StdioOptions } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

import { chromium, type Browser, type ViewportSize } from '@playwright/test';

import { importManifests } from '@/core/import/importManifests';
import { toManifests } from '@/core/manifest/toManifests';
import { toYaml } from '@/core/manifest/toYaml';
import { createDraft, type Draft } from '@/core/model/draft';
import { encodeShare } from '@/core/share/shareCodec';
import { validate } from '@/core/validation/validate';

import { chromiumLaunchOptions } from './browserSetup';
import { manyContainersDraft, stressDraft } from './bench/drafts';
import { editorKeystrokeProbe, keystrokeProbe, probeScript } from './bench/pageProbes';
import { startStaticServer } from './previewServer';

const KB = 1024;
const KEYSTROKES = 100;
const CORE_RUNS = 200;
const LAYOUTS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
/** Each keystroke case: where it types, the draft it opens as a share link, its p95 budget in ms. */
const KEYSTROKE_CASES = [
  ['docs', 'form, docs example', undefined, 8],
  ['editor', 'YAML editor, docs example', undefined, 16],
  ['stress', 'form, stress draft', stressDraft(), 50],
  ['many', 'form, 5,000 containers', manyContainersDraft(), 200],
] as const;
const flag = { type: 'boolean' } as const;
const { values: args } = parseArgs({ options: { check: flag, 'no-build': flag } });
const notes: string[] = [];

const percentile = (values: number[], p: number): number | null => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.ceil((p / 100) * sorted.length) - 1]! : null;
};
const ms = (v?: number | null) => (typeof v === 'number' ? `${v.toFixed(2)} ms` : 'n/a');
const kb = (v?: number | null) => (typeof v === 'number' ? `${(v / KB).toFixed(1)} KB` : 'n/a');
const gzipBytes = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;

function table(title: string, rows: string[][]): void {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((row) => row[c]!.length)));
  console.log(`\n${title}`);
  for (const row of [rows[0]!, widths.map((w) => '-'.repeat(w)), ...rows.slice(1)]) {
    console.log(row.map((cell, c) => cell[c ? 'padStart' : 'padEnd'](widths[c]!)).join('  '));
  }
}

/** Runs `measure`; when it fails, notes why and gives null, so the other figures still come. */
async function attempt<T>(label: string, measure: () => T | Promise<T>): Promise<T | null> {
  try {
    return await measure();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    notes.push(`${label}: ${message.split('\n')[0]}`);
    return null;
  }
}

function build(): boolean {
  if (args['no-build'] && existsSync('dist/index.html')) return true;
  const stdio: StdioOptions = ['ignore', 'ignore', 'inherit'];
  if (spawnSync('npm', ['run', '-s', 'build:site'], { stdio }).status !== 0) {
    notes.push('the build failed: measured the previous dist/, if any.');
  }
  return existsSync('dist/index.html');
}

/** Median time of `run` in Node, after a warm-up. */
function medianMs(run: () => unknown): number {
  for (let i = 0; i < 20; i++) run();
  const samples = Array.from({ length: CORE_RUNS }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  });
  return percentile(samples, 50)!;
}

function measureCore(draft: Draft) {
  const objects = toManifests(draft);
  const yaml = toYaml(objects);
  return {
    toManifestsAndYaml: medianMs(() => toYaml(toManifests(draft))),
    validate: medianMs(() => validate(objects)),
    import: medianMs(() => importManifests(yaml)),
  };
}

/** A fresh profile without service worker: every figure is a first visit. */
async function firstVisit(browser: Browser, viewport: ViewportSize) {
  const context = await browser.newContext({ viewport, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (error) => notes.push(`page error: ${error.message}`));
  return { context, page };
}

/**
 * The built JS a first visit fetches before the app answers input (it marks that moment
 * `hpb:app-ready`), in one layout, with gzip -9 sizes. Each layout loads its own set of files.
 */
async function initialJs(browser: Browser, url: string, viewport: ViewportSize) {
  const { context, page } = await firstVisit(browser, viewport);
  await page.goto(url);
  await page.locator('html[data-app-ready]').waitFor({ state: 'attached', timeout: 30_000 });
  // A file's timing entry appears once it has arrived: wait for every request to end.
  await page.waitForLoadState('networkidle');
  const paths = await page.evaluate(() => {
    const ready = performance.getEntriesByName('hpb:app-ready')[0]?.startTime ?? Infinity;
    const entries = performance.getEntriesByType('resource').filter((e) => e.startTime < ready);
    return entries.map((entry) => new URL(entry.name).pathname);
  });
  await context.close();
  const files = paths.flatMap((path) => path.match(/\/(assets\/[^/]+\.m?js)$/)?.[1] ?? []);
  const sized = files.map((file) => ({ file, gzip: gzipBytes(`dist/${file}`) }));
  return { gzip: sized.reduce((total, f) => total + f.gzip, 0), files: sized };
}

/**
 * Opens `url`, waits until the YAML editor shows `name`, then types 50 letters and 50 Backspaces
 * into the form's Name field, or with `inEditor` after the name in the YAML editor.
 */
async function keystrokes(browser: Browser, url: string, name: string, inEditor: boolean) {
  const { context, page } = await firstVisit(browser, LAYOUTS.desktop);
  try {
    await page.addInitScript(probeScript(inEditor ? editorKeystrokeProbe : keystrokeProbe));
    const started = Date.now();
    await page.goto(url);
    const editor = page.getByRole('textbox', { name: 'YAML editor' });
    await editor.filter({ hasText: name }).waitFor({ timeout: 180_000 });
    const openMs = Date.now() - started;
    if (inEditor) await editor.getByText(`name: ${name}`).first().click();
    // focus(), not click(): a toast or tooltip over the field must not change what is measured.
    else await page.getByRole('textbox', { name: 'Name', exact: true }).first().focus();
    await page.keyboard.press('End');
    await page.evaluate(() => window.__hpbKeystrokes.samples.splice(0));
    for (let i = 0; i < KEYSTROKES; i++) {
      await page.keyboard.press(i < KEYSTROKES / 2 ? 'x' : 'Backspace');
      await page.waitForFunction((n) => window.__hpbKeystrokes.samples.length >= n, i + 1, {
        timeout: 10_000,
      });
    }
    const { samples, stray } = await page.evaluate(() => window.__hpbKeystrokes);
    const [commit, frame] = [samples.map((s) => s.commit), samples.map((s) => s.frame)];
    const [commitP50, commitP95] = [50, 95].map((p) => percentile(commit, p));
    return { openMs, stray, commitP50, commitP95, frameP95: percentile(frame, 95) };
  } finally {
    await context.close();
  }
}

type Figures<T> = Record<string, Awaited<T> | null>;
async function measureBrowser() {
  const server = await startStaticServer();
  const browser = await chromium.launch(chromiumLaunchOptions());
  const initialJsByLayout: Figures<ReturnType<typeof initialJs>> = {};
  const keystroke: Figures<ReturnType<typeof keystrokes>> = {};
  try {
    for (const [layout, viewport] of Object.entries(LAYOUTS)) {
      initialJsByLayout[layout] = await attempt(`initial JS (${layout})`, () =>
        initialJs(browser, server.url, viewport),
      );
    }
    for (const [id, label, draft] of KEYSTROKE_CASES) {
      const url = draft ? `${server.url}#/s/${encodeShare(draft)}` : server.url;
      const name = draft?.workload.name ?? createDraft().workload.name;
      keystroke[id] = await attempt(`keystroke (${label})`, () =>
        keystrokes(browser, url, name, id === 'editor'),
      );
    }
    return { initialJs: initialJsByLayout, keystroke };
  } finally {
    await browser.close();
    await server.close();
  }
}

const started = Date.now();
if (loadavg()[0]! > cpus().length) {
  notes.push(`the machine is busy (load ${loadavg()[0]!.toFixed(1)} on ${cpus().length} CPUs).`);
}
const built = build();
const core = {
  docs: await attempt('core (docs)', () => measureCore(createDraft())),
  stress: await attempt('core (stress)', () => measureCore(stressDraft())),
};
const browser = built ? await attempt('browser', measureBrowser) : null;
const editorChunks = (built ? readdirSync('dist/assets') : [])
  .filter((file) => /^YamlEditor-.*\.js$/.test(file))
  .map((file) => gzipBytes(`dist/assets/${file}`));

const budget = (name: string, unit: 'bytes' | 'ms', limit: number, value?: number | null) => {
  const measured = Number.isFinite(value) ? (value as number) : null;
  return { name, unit, limit, value: measured, ok: measured !== null && measured <= limit };
};
const js = browser?.initialJs;
const budgets = [
  ...Object.keys(LAYOUTS).map((l) =>
    budget(`initial JS (gzip), ${l} layout`, 'bytes', 200 * KB, js?.[l]?.gzip),
  ),
  budget('editor chunk (gzip)', 'bytes', 150 * KB, Math.max(...editorChunks)),
  ...KEYSTROKE_CASES.map(([id, label, , limit]) =>
    budget(`keystroke p95 (commit), ${label}`, 'ms', limit, browser?.keystroke[id]?.commitP95),
  ),
  budget('validate median, stress draft', 'ms', 2, core.stress?.validate),
];

table(`Keystroke → other pane and findings (${KEYSTROKES} keystrokes)`, [
  ['typed in', 'opened in', 'commit p50', 'commit p95', 'painted p95'],
  ...KEYSTROKE_CASES.map(([id, label]) => {
    const k = browser?.keystroke[id];
    const opened = k ? `${k.openMs} ms` : 'n/a';
    return [label, opened, ms(k?.commitP50), ms(k?.commitP95), ms(k?.frameP95)];
  }),
]);
table(`Core in Node (median of ${CORE_RUNS})`, [
  ['draft', 'toManifests+toYaml', 'validate', 'import'],
  ...(['docs', 'stress'] as const).map((id) => {
    const c = core[id];
    return [id, ms(c?.toManifestsAndYaml), ms(c?.validate), ms(c?.import)];
  }),
]);
table('Budgets', [
  ['budget', 'limit', 'measured', ''],
  ...budgets.map((b) => {
    const show = b.unit === 'bytes' ? kb : ms;
    const verdict = b.value === null ? 'NOT MEASURED' : b.ok ? 'ok' : 'MISSED';
    return [b.name, show(b.limit), show(b.value), verdict];
  }),
]);
if (notes.length) console.log(`\nNotes:\n${notes.map((n) => `- ${n}`).join('\n')}`);

const machine = { node: process.version, cpus: cpus().length, loadAverage: loadavg()[0] };
const results = { date: new Date().toISOString(), machine, ...browser, core, budgets, notes };
mkdirSync('bench', { recursive: true });
writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nWrote bench/results.json in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
if (args.check && budgets.some((b) => !b.ok)) {
  console.error('Budget check failed.');
  process.exitCode = 1;
}
