// Pure core timings for `npm run bench`, run with `tsx` so it measures the TypeScript sources the
// app bundles. Prints one JSON object on stdout. A core module that does not exist yet is reported
// as `null` with a note, so the bench works while the core is being written.
import { performance } from 'node:perf_hooks';

import type { Draft } from '@/core/model/draft';

import { docsExampleDraft, stressDraft } from './drafts';

const RUNS = 200;
const WARMUP = 20;

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0] ?? '';
}

type AnyFn = (...args: never[]) => unknown;

async function load<T extends AnyFn>(
  path: string,
  name: string,
  notes: string[],
): Promise<T | null> {
  try {
    const module = (await import(path)) as Record<string, unknown>;
    const fn = module[name];
    if (typeof fn === 'function') return fn as T;
    notes.push(`${path} has no export ${name}`);
  } catch (error) {
    notes.push(`${path} not available yet (${firstLine(error)})`);
  }
  return null;
}

function medianMs(run: () => unknown): number {
  for (let i = 0; i < WARMUP; i++) run();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return (samples[(RUNS - 1) >> 1]! + samples[RUNS >> 1]!) / 2;
}

async function main(): Promise<void> {
  const notes: string[] = [];
  const toManifests = await load<(draft: Draft) => unknown[]>(
    '@/core/manifest/toManifests',
    'toManifests',
    notes,
  );
  const toYaml = await load<(objects: unknown[]) => string>(
    '@/core/manifest/toYaml',
    'toYaml',
    notes,
  );
  const validate = await load<(objects: unknown[]) => unknown>(
    '@/core/validation/validate',
    'validate',
    notes,
  );
  const importManifests = await load<(text: string) => unknown>(
    '@/core/import/importManifests',
    'importManifests',
    notes,
  );
  const encodeShare = await load<(draft: Draft) => string>(
    '@/core/share/shareCodec',
    'encodeShare',
    notes,
  );
  let presets: { id: string; draft: Draft }[] | null = null;
  try {
    const module = (await import('@/core/presets/index')) as { PRESETS?: unknown };
    if (Array.isArray(module.PRESETS)) presets = module.PRESETS as { id: string; draft: Draft }[];
    else notes.push('@/core/presets/index has no PRESETS array');
  } catch (error) {
    notes.push(`@/core/presets/index not available yet (${firstLine(error)})`);
  }

  const drafts = { docs: docsExampleDraft(), stress: stressDraft() };
  const core: Record<string, Record<string, number | null>> = {};
  const shareCodes: Record<string, string | null> = {};
  const yamlBytes: Record<string, number | null> = {};
  for (const [id, draft] of Object.entries(drafts)) {
    const objects = toManifests ? toManifests(draft) : null;
    const yaml = objects && toYaml ? toYaml(objects) : null;
    core[id] = {
      toManifestsAndYaml: toManifests && toYaml ? medianMs(() => toYaml(toManifests(draft))) : null,
      validate: objects && validate ? medianMs(() => validate(objects)) : null,
      import: yaml !== null && importManifests ? medianMs(() => importManifests(yaml)) : null,
    };
    yamlBytes[id] = yaml === null ? null : Buffer.byteLength(yaml);
    shareCodes[id] = encodeShare ? encodeShare(draft) : null;
  }
  const presetLinks =
    presets && encodeShare
      ? presets.map((preset) => ({ id: preset.id, code: encodeShare(preset.draft) }))
      : null;

  process.stdout.write(
    `${JSON.stringify({ runs: RUNS, core, yamlBytes, shareCodes, presetLinks, notes })}\n`,
  );
}

await main();
